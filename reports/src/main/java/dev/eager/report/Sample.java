package dev.eager.report;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.hipparchus.stat.descriptive.rank.Median;

/**
 * One benchmark score with the per-iteration values behind it, fork by fork, from which its 95%
 * confidence interval is computed.
 *
 * <p>The fork is the independent unit: iterations within one JVM share its JIT decisions and code
 * layout, so with several forks the interval comes from the spread between forks; with one, from
 * the iterations (and is then too narrow for anything but a same-fork question).
 *
 * @param score     JMH's score
 * @param jmhError  JMH's own score error (99.9%), used only when there are too few iterations
 * @param forks     every measured iteration, one array per fork
 */
public record Sample(double score, double jmhError, double[][] forks) {
    /** Two-sided 95%: the level of every interval in the report. */
    public static final double CONFIDENCE = 0.95;

    /** Every measured iteration, all forks together. */
    public double[] raw() {
        return Arrays.stream(forks).flatMapToDouble(Arrays::stream).toArray();
    }

    /** The mean of the iterations (JMH's score when the data is complete). */
    public double mean() {
        double[] raw = raw();
        return raw.length == 0 ? score : new DescriptiveStatistics(raw).getMean();
    }

    /** The median of the iterations: one disturbed iteration does not move it. */
    public double median() {
        double[] raw = raw();
        return raw.length == 0 ? score : new Median().evaluate(raw);
    }

    /** Each fork's median, one point per JVM; JMH's score alone when there is no raw data. */
    public double[] forkMedians() {
        double[] medians = Arrays.stream(forks).filter(f -> f.length > 0).mapToDouble(f -> new Median().evaluate(f))
                .toArray();
        return medians.length == 0 ? new double[] {score} : medians;
    }

    /** The forks of both samples together (the same benchmark measured in several runs). */
    Sample pooledWith(Sample other) {
        double[][] both = Arrays.copyOf(forks, forks.length + other.forks.length);
        System.arraycopy(other.forks, 0, both, forks.length, other.forks.length);
        return new Sample(Arrays.stream(both).flatMapToDouble(Arrays::stream).average().orElse(score), Double.NaN,
                both);
    }

    /**
     * Half the width of the 95% interval of the mean: Student's t over the fork means when there
     * are several forks, else over the iterations.
     */
    public double halfWidth() {
        double[] units = forks.length >= 2
                ? Arrays.stream(forks).filter(f -> f.length > 0).mapToDouble(f -> new DescriptiveStatistics(f).getMean())
                        .toArray()
                : raw();
        if (units.length < 2) {
            return Double.isFinite(jmhError) ? jmhError : 0;
        }
        DescriptiveStatistics stats = new DescriptiveStatistics(units);
        double t = new TDistribution(units.length - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return t * stats.getStandardDeviation() / Math.sqrt(units.length);
    }

    /** Lower end of the 95% interval. */
    public double low() {
        return mean() - halfWidth();
    }

    /** Upper end of the 95% interval. */
    public double high() {
        return mean() + halfWidth();
    }

    /** Scales score and data, e.g. from us/op to ns/op. */
    Sample scaled(double factor) {
        double[][] scaled = new double[forks.length][];
        for (int f = 0; f < forks.length; f++) {
            scaled[f] = Arrays.stream(forks[f]).map(v -> v * factor).toArray();
        }
        return new Sample(score * factor, jmhError * factor, scaled);
    }

    /** The highest single iteration (JMH's score when there is no raw data). */
    public double max() {
        return Arrays.stream(raw()).max().orElse(score);
    }
}
