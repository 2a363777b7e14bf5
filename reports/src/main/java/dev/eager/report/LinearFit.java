package dev.eager.report;

import java.util.Map;
import java.util.TreeMap;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * The cost model {@code fixed + slope * depth}, fitted by least squares through one point per fork
 * at every depth (the fork's value, {@link Sample#forkValues()}: the median of its iterations),
 * with 95% confidence intervals from Student's t on {@code points - 2} degrees of freedom
 * (Hipparchus).
 *
 * <p>Why per fork: the fork is the unit of noise (iterations within one JVM share its JIT
 * decisions and code layout), so every iteration as a point would give intervals too narrow to
 * trust, while every fork as a point gives the interval the scatter between JVMs, the honest noise.
 * One rule for every design: a run of one fork per depth (standard) has one point per depth, the
 * gate's two depths with six forks each have twelve points. An odd fork widens the interval rather
 * than being set aside: a verdict should not rest on forks it ignored.
 *
 * <p>Only depths up to {@link #MAX_FITTED_DEPTH} are fitted: deeper opaque chains cost more per
 * layer for every strategy on this kind of CPU, so a line through depth 50 and 100 would describe
 * the CPU rather than the strategy. Deeper depths are still drawn.
 *
 * @param fixed      cost at depth 0: paid once
 * @param fixedLow   lower end of its 95% interval
 * @param fixedHigh  upper end of its 95% interval
 * @param slope      cost per layer
 * @param slopeLow   lower end of its 95% interval
 * @param slopeHigh  upper end of its 95% interval
 * @param points     how many fork values the fit used
 */
public record LinearFit(double fixed, double fixedLow, double fixedHigh,
        double slope, double slopeLow, double slopeHigh, int points) {

    /** The deepest depth fitted; see the class comment. */
    public static final int MAX_FITTED_DEPTH = 20;

    /** Why the fit stops at {@link #MAX_FITTED_DEPTH}, for the report. */
    public static final String RANGE_REASON = "fitted over depths up to " + MAX_FITTED_DEPTH + ", one point per fork"
            + " (its median iteration): beyond about 24 opaque layers every strategy's per-layer cost"
            + " rises on this CPU (LinearityBenchmark: ~1.2 ns/layer up to 30, 9-10 beyond), so deeper depths"
            + " are drawn but not fitted";

    /** Fits one series; {@code where} names the series for the error when it cannot be fitted. */
    public static LinearFit of(Map<Integer, Sample> byDepth, String where) {
        Map<Integer, Sample> fitted = new TreeMap<>();
        byDepth.forEach((depth, sample) -> {
            if (depth <= MAX_FITTED_DEPTH) {
                fitted.put(depth, sample);
            }
        });
        SimpleRegression regression = new SimpleRegression(true);
        fitted.forEach((depth, sample) -> {
            for (double value : sample.forkValues()) {
                regression.addData(depth, value);
            }
        });
        if (regression.getN() < 3 || fitted.size() < 2) {
            throw new BadInput(where + ": measured at depth(s) " + fitted.keySet() + " up to " + MAX_FITTED_DEPTH
                    + "; a fit of fixed + slope * depth with intervals needs two depths or more and three forks or"
                    + " more between them (all depths: " + new TreeMap<>(byDepth).keySet() + ")");
        }
        long n = regression.getN();
        double t = new TDistribution(n - 2).inverseCumulativeProbability(1 - (1 - Sample.CONFIDENCE) / 2);
        double slope = regression.getSlope();
        double fixed = regression.getIntercept();
        double slopeHalf = finiteOrZero(t * regression.getSlopeStdErr());
        double fixedHalf = finiteOrZero(t * regression.getInterceptStdErr());
        return new LinearFit(fixed, fixed - fixedHalf, fixed + fixedHalf,
                slope, slope - slopeHalf, slope + slopeHalf, (int) n);
    }

    /** Identical points (exact allocation counts) give a zero-width interval, not NaN. */
    private static double finiteOrZero(double halfWidth) {
        return Double.isFinite(halfWidth) ? halfWidth : 0;
    }

    /** The model's value at {@code depth}. */
    public double at(double depth) {
        return fixed + slope * depth;
    }
}
