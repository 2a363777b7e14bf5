package dev.eager.report;

import java.util.Map;
import java.util.TreeMap;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.descriptive.rank.Median;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * The cost model {@code fixed + slope * depth}, fitted by least squares through one point per
 * depth, with 95% confidence intervals from Student's t on {@code depths - 2} degrees of freedom
 * (Hipparchus). The point is the median over that depth's forks of each fork's median iteration.
 *
 * <p>Why: forks differ (JIT decisions, code layout, a neighbour on the shared machine) by more than
 * iterations within a fork do, now and then wildly (one bypass-once fork at depth 1 ran at 42 ns
 * where two others ran at 18). Every iteration as an independent point would give intervals too
 * narrow to trust; every fork as a point lets one such fork wreck the line. The median of the
 * forks sets an odd fork aside (with three or more), the median of a fork's iterations a disturbed
 * iteration, and the scatter of the depth points around the line is the honest noise left.
 *
 * <p>Only depths up to {@link #MAX_FITTED_DEPTH} are fitted: deeper opaque chains cost more per
 * layer for every strategy on this kind of CPU, so a line through depth 50 and 100 would describe
 * the CPU rather than the strategy. Deeper depths are still drawn.
 *
 * <p>A run with only two depths (the regression gate's: depths 1 and 20, six forks each, which
 * estimates the slope with less variance than three depths at the same number of forks) is
 * fitted through one point per fork instead.
 *
 * @param fixed      cost at depth 0: paid once
 * @param fixedLow   lower end of its 95% interval
 * @param fixedHigh  upper end of its 95% interval
 * @param slope      cost per layer
 * @param slopeLow   lower end of its 95% interval
 * @param slopeHigh  upper end of its 95% interval
 * @param points     how many depths the fit used
 */
public record LinearFit(double fixed, double fixedLow, double fixedHigh,
        double slope, double slopeLow, double slopeHigh, int points) {

    /** The deepest depth fitted; see the class comment. */
    public static final int MAX_FITTED_DEPTH = 20;

    /** Why the fit stops at {@link #MAX_FITTED_DEPTH}, for the report. */
    public static final String RANGE_REASON = "fitted over depths up to " + MAX_FITTED_DEPTH + ", one point per depth"
            + " (the median of its forks' median iterations; with only two depths, one point per fork): beyond about 24 opaque layers every strategy's per-layer cost"
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
        if (fitted.size() >= 3) {
            fitted.forEach((depth, sample) -> regression.addData(depth, new Median().evaluate(sample.forkMedians())));
        } else if (fitted.size() == 2) {
            // Two depths (the gate's design: the slope's lever at both ends, more forks at each):
            // one point per fork, so the interval still comes from the forks' scatter.
            fitted.forEach((depth, sample) -> {
                for (double forkMedian : sample.forkMedians()) {
                    regression.addData(depth, forkMedian);
                }
            });
        }
        if (regression.getN() < 3) {
            throw new BadInput(where + ": measured at depth(s) " + fitted.keySet() + " up to " + MAX_FITTED_DEPTH
                    + "; a fit of fixed + slope * depth with intervals needs at least three depths, or two"
                    + " depths with three forks or more between them (all depths: " + new TreeMap<>(byDepth).keySet() + ")");
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

    /** This fit's slope interval judged against {@code ceiling}: pays once, per layer, or inconclusive. */
    public Verdict verdict(double ceiling) {
        return Verdict.of(slopeLow, slopeHigh, ceiling);
    }

    /** The model's value at {@code depth}. */
    public double at(double depth) {
        return fixed + slope * depth;
    }

    /** Half the width of the slope's interval relative to the slope (0 for a zero slope). */
    double slopeRelativeHalfWidth() {
        return slope == 0 ? 0 : (slopeHigh - slopeLow) / 2 / Math.abs(slope);
    }
}
