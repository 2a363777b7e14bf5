package dev.eager.report;

/**
 * {@code a / b} of two points or two slopes with an approximate 95% interval (first-order
 * propagation of both operands' relative interval half-widths).
 *
 * @param value the ratio of the means
 * @param low   lower end of the interval
 * @param high  upper end of the interval
 */
public record Ratio(double value, double low, double high) {
    /** {@code a / b}. */
    public static Ratio of(Sample a, Sample b) {
        double pa = a.point();
        double pb = b.point();
        return of(pa / pb, (a.high() - a.low()) / 2 / pa, (b.high() - b.low()) / 2 / pb);
    }

    /** {@code a}'s slope over {@code b}'s, each slope's interval propagated as for samples. */
    public static Ratio ofSlopes(LinearFit a, LinearFit b) {
        return of(a.slope() / b.slope(), a.slopeRelativeHalfWidth(), b.slopeRelativeHalfWidth());
    }

    /** {@code value} with the two operands' relative half-widths combined in quadrature. */
    private static Ratio of(double value, double relA, double relB) {
        double rel = Math.hypot(relA, relB);
        return new Ratio(value, value * (1 - rel), value * (1 + rel));
    }

    /** Whether the two intervals do not overlap: a difference beyond noise. */
    public boolean disjointFrom(Ratio other) {
        return high < other.low || other.high < low;
    }

    /**
     * Whether this ratio exceeds {@code other} beyond noise: the 95% interval of the difference,
     * half-width the root of the sum of both squared half-widths, lies above zero. Less strict
     * than disjoint intervals (which, for equal widths, asks for about a 99.5% level).
     */
    public boolean aboveBeyondNoise(Ratio other) {
        double half = Math.hypot((high - low) / 2, (other.high - other.low) / 2);
        return value - other.value > half;
    }

    /** Whether two samples' 95% intervals do not overlap. */
    public static boolean disjoint(Sample a, Sample b) {
        return a.high() < b.low() || b.high() < a.low();
    }
}
