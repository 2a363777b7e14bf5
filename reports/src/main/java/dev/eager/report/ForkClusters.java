package dev.eager.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.hipparchus.stat.descriptive.rank.Median;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * Whether a point's forks fall into separate clusters rather than scatter around one value: each
 * JVM makes its own JIT and layout decisions, and a series can land on one of two levels per fork
 * (bypass-prologue EAGER at depth 20: ~74 ns in some forks, ~85 in others, each fork's iterations
 * within 1-2%). Spread like that is not noise around one value, and a verdict should say so.
 *
 * <p>A split is reported at the widest gap between the sorted fork medians when that gap is at
 * least {@value #MIN_GAP_PERCENT}% of the lower level and at least {@value #SPREAD_FACTOR} times the
 * widest interquartile range of iterations inside any fork (the forks are individually steady), with three forks
 * or more.
 */
final class ForkClusters {
    static final int MIN_GAP_PERCENT = 8;
    static final double SPREAD_FACTOR = 3;

    private ForkClusters() {
    }

    /** {@code forks 1, 4 at ~74.0 | forks 2, 3, 5 at ~85.2} (forks numbered from 1), if clustered. */
    static Optional<String> of(Sample sample) {
        double[][] forks = Arrays.stream(sample.forks()).filter(f -> f.length > 0).toArray(double[][]::new);
        if (forks.length < 3) {
            return Optional.empty();
        }
        double[] medians = Arrays.stream(forks).mapToDouble(f -> new Median().evaluate(f)).toArray();
        Integer[] order = IntStream.range(0, medians.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> medians[i]));
        int split = -1;
        double widestGap = 0;
        for (int i = 0; i + 1 < order.length; i++) {
            double gap = medians[order[i + 1]] / medians[order[i]] - 1;
            if (gap > widestGap) {
                widestGap = gap;
                split = i;
            }
        }
        double widestSpread = 0;
        for (int f = 0; f < forks.length; f++) {
            // The interquartile range: one disturbed iteration does not make a fork unsteady.
            Percentile percentile = new Percentile();
            percentile.setData(forks[f]);
            widestSpread = Math.max(widestSpread, (percentile.evaluate(75) - percentile.evaluate(25)) / medians[f]);
        }
        if (split < 0 || widestGap * 100 < MIN_GAP_PERCENT || widestGap < SPREAD_FACTOR * widestSpread) {
            return Optional.empty();
        }
        return Optional.of(describe(order, 0, split + 1, medians) + " | " + describe(order, split + 1, order.length,
                medians));
    }

    private static String describe(Integer[] order, int from, int to, double[] medians) {
        List<Integer> forks = new ArrayList<>();
        double[] level = new double[to - from];
        for (int i = from; i < to; i++) {
            forks.add(order[i] + 1);
            level[i - from] = medians[order[i]];
        }
        forks.sort(null);
        return (forks.size() == 1 ? "fork " : "forks ") + forks.toString().replaceAll("[\\[\\]]", "") + " at ~"
                + Format.number(new Median().evaluate(level));
    }
}
