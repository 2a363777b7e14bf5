package dev.eager.report;

import java.util.Arrays;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.hipparchus.stat.descriptive.rank.Median;

/**
 * The measured iterations of one point (a benchmark over one parameter set, one metric), fork by
 * fork, and the one estimator every command reads them with.
 *
 * <p>The fork is the unit of noise: iterations within one JVM share its JIT decisions and code
 * layout, and forks differ by more than iterations do (now and then wildly: one bypass-once fork
 * at depth 1 ran at 42 ns where two others ran at 18). So a fork counts as one value, the median
 * of its iterations (a disturbed iteration does not move it), and a point is the median of its
 * forks' values (an odd fork does not move it, with three forks or more). Its 95% interval is the
 * distribution-free interval of a median from order statistics over the fork values, or over the
 * iterations when one fork measured the point (then it says nothing about another JVM); with fewer
 * than six values that is their whole range.
 *
 * @param score JMH's score, the only value when a result carries no raw data
 * @param forks every measured iteration, one array per fork
 */
public record Sample(double score, double[][] forks) {
    /** The estimator in words: the report's method text says it once, here. */
    public static final String METHOD = "a fork counts as one value, the median of its iterations; a point (one"
            + " depth, or one fixed-cost benchmark) is the median of its forks' values, with the distribution-free 95%"
            + " interval of a median (order statistics over the forks, or over the iterations when one fork measured"
            + " it; with fewer than six values, their range); charts, ratios, compare and the gate read the same points";

    /** Two-sided 95%: the level of every interval in the report. */
    public static final double CONFIDENCE = 0.95;

    /** Each fork's value, the median of its iterations; JMH's score alone when there is no raw data. */
    public double[] forkValues() {
        double[] values = Arrays.stream(forks).filter(f -> f.length > 0).mapToDouble(f -> new Median().evaluate(f))
                .toArray();
        return values.length == 0 ? new double[] {score} : values;
    }

    /** The point: the median of the fork values. */
    public double point() {
        return new Median().evaluate(forkValues());
    }

    /** Lower end of the point's 95% interval. */
    public double low() {
        return interval()[0];
    }

    /** Upper end of the point's 95% interval. */
    public double high() {
        return interval()[1];
    }

    private double[] interval() {
        double[] units = forkValues().length >= 2 ? forkValues()
                : forks.length == 1 && forks[0].length > 0 ? forks[0] : forkValues();
        double[] sorted = units.clone();
        Arrays.sort(sorted);
        int k = orderStatistic(sorted.length);
        return new double[] {sorted[k], sorted[sorted.length - 1 - k]};
    }

    /**
     * The 0-based order statistic {@code k} whose pair {@code [x(k), x(n-1-k)]} covers the median
     * with at least 95%: the largest {@code k} with {@code 1 - 2 P(B <= k) >= 0.95}, {@code B ~
     * Binomial(n, 1/2)}; 0 (the range) when even that falls short.
     */
    static int orderStatistic(int n) {
        BinomialDistribution b = new BinomialDistribution(n, 0.5);
        int k = 0;
        // k must leave a pair: x(k) at or below x(n-1-k).
        for (int i = 1; 2 * i < n - 1 && 1 - 2 * b.cumulativeProbability(i) >= CONFIDENCE; i++) {
            k = i;
        }
        return k;
    }

    /** The forks of both samples together (the same benchmark measured in several runs). */
    Sample pooledWith(Sample other) {
        double[][] both = Arrays.copyOf(forks, forks.length + other.forks.length);
        System.arraycopy(other.forks, 0, both, forks.length, other.forks.length);
        return new Sample(Arrays.stream(both).flatMapToDouble(Arrays::stream).average().orElse(score), both);
    }
}
