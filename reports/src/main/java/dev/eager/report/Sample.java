package dev.eager.report;

import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;
import org.hipparchus.stat.descriptive.rank.Median;

/**
 * One benchmark score with the per-iteration values behind it (all forks), from which its 95%
 * confidence interval is computed.
 *
 * @param score     JMH's score
 * @param jmhError  JMH's own score error (99.9%), used only when there are too few iterations
 * @param raw       every measured iteration, all forks together
 */
public record Sample(double score, double jmhError, double[] raw) {
    /** Two-sided 95%: the level of every interval in the report. */
    public static final double CONFIDENCE = 0.95;

    /** The mean of the iterations (JMH's score when the data is complete). */
    public double mean() {
        if (raw.length == 0) {
            return score;
        }
        return new DescriptiveStatistics(raw).getMean();
    }

    /** The median of the iterations: one disturbed iteration does not move it. */
    public double median() {
        return raw.length == 0 ? score : new Median().evaluate(raw);
    }

    /** The iterations of both samples together (the same benchmark measured in several runs). */
    Sample pooledWith(Sample other) {
        double[] both = java.util.Arrays.copyOf(raw, raw.length + other.raw.length);
        System.arraycopy(other.raw, 0, both, raw.length, other.raw.length);
        return new Sample(new DescriptiveStatistics(both).getMean(), Double.NaN, both);
    }

    /** Half the width of the 95% interval of the mean: Student's t over the iterations. */
    public double halfWidth() {
        if (raw.length < 2) {
            return Double.isFinite(jmhError) ? jmhError : 0;
        }
        DescriptiveStatistics stats = new DescriptiveStatistics(raw);
        double t = new TDistribution(raw.length - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return t * stats.getStandardDeviation() / Math.sqrt(raw.length);
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
        double[] scaled = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            scaled[i] = raw[i] * factor;
        }
        return new Sample(score * factor, jmhError * factor, scaled);
    }
}
