package dev.eager.report;

import java.util.Map;
import java.util.TreeSet;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * The cost model {@code fixed + slope * depth}, fitted by least squares over every measured
 * iteration at every depth, with 95% confidence intervals from Student's t on {@code n - 2}
 * degrees of freedom (Hipparchus).
 *
 * @param fixed      cost at depth 0: paid once
 * @param fixedLow   lower end of its 95% interval
 * @param fixedHigh  upper end of its 95% interval
 * @param slope      cost per layer
 * @param slopeLow   lower end of its 95% interval
 * @param slopeHigh  upper end of its 95% interval
 * @param points     how many iterations the fit used
 */
public record LinearFit(double fixed, double fixedLow, double fixedHigh,
        double slope, double slopeLow, double slopeHigh, int points) {

    /** Fits one series; {@code where} names the series for the error when it cannot be fitted. */
    public static LinearFit of(Map<Integer, Sample> byDepth, String where) {
        TreeSet<Integer> depths = new TreeSet<>(byDepth.keySet());
        if (depths.size() < 2) {
            throw new BadInput(where + ": measured at depth(s) " + depths
                    + " only; a fit of fixed + slope * depth needs at least two depths");
        }
        SimpleRegression regression = new SimpleRegression(true);
        for (var e : byDepth.entrySet()) {
            double[] raw = e.getValue().raw();
            if (raw.length == 0) {
                regression.addData(e.getKey(), e.getValue().score());
            }
            for (double y : raw) {
                regression.addData(e.getKey(), y);
            }
        }
        long n = regression.getN();
        if (n < 3) {
            throw new BadInput(where + ": " + n + " data points; a fit with intervals needs at least three");
        }
        double t = new TDistribution(n - 2).inverseCumulativeProbability(1 - (1 - Sample.CONFIDENCE) / 2);
        double slope = regression.getSlope();
        double fixed = regression.getIntercept();
        double slopeHalf = finiteOrZero(t * regression.getSlopeStdErr());
        double fixedHalf = finiteOrZero(t * regression.getInterceptStdErr());
        return new LinearFit(fixed, fixed - fixedHalf, fixed + fixedHalf,
                slope, slope - slopeHalf, slope + slopeHalf, (int) n);
    }

    /** Identical iterations (exact allocation counts) give a zero-width interval, not NaN. */
    private static double finiteOrZero(double halfWidth) {
        return Double.isFinite(halfWidth) ? halfWidth : 0;
    }

    /** The model's value at {@code depth}. */
    public double at(double depth) {
        return fixed + slope * depth;
    }
}
