package dev.eager.report;

/**
 * {@code a / b} of two points with an approximate 95% interval (first-order
 * propagation of both operands' relative interval half-widths).
 *
 * @param value the ratio of the two points
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

    /** {@code value} with the two operands' relative half-widths combined in quadrature. */
    private static Ratio of(double value, double relA, double relB) {
        double rel = Math.hypot(relA, relB);
        return new Ratio(value, value * (1 - rel), value * (1 + rel));
    }

    /** Whether two samples' 95% intervals do not overlap. */
    public static boolean disjoint(Sample a, Sample b) {
        return a.high() < b.low() || b.high() < a.low();
    }
}
