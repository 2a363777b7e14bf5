package dev.eager.report;

/**
 * How far above the reference's per-layer cost a strategy's slope may reach and still be said to
 * pay once, per metric, with the reason printed beside every verdict table.
 *
 * @param absolute allowance in the metric's slope unit
 * @param relative allowance as a fraction of the reference slope, when that is larger
 * @param reason   why this margin, in one sentence
 */
public record Margin(double absolute, double relative, String reason) {
    /** For time. */
    public static final Margin TIME = new Margin(0.5, 0.25,
            "one extra non-inlined call costs ~1.2 ns/layer on this kind of machine; 0.5 ns/layer"
                    + " (or 25% of the reference slope, if larger) absorbs JIT and noise differences"
                    + " but not one extra call per layer");
    /** For allocation. */
    public static final Margin ALLOC = new Margin(1.0, 0.0,
            "allocation per op is exact and the smallest Java object is 16 B, so more than"
                    + " 1 B/layer above the reference means an object per layer (or per few layers)");

    /** The margin of {@code metric}. */
    public static Margin of(Metric metric) {
        return metric == Metric.TIME ? TIME : ALLOC;
    }

    /** The highest slope that still pays once against {@code referenceSlope}. */
    public double ceiling(double referenceSlope) {
        return referenceSlope + Math.max(absolute, relative * Math.abs(referenceSlope));
    }

    /** The margin in words, e.g. {@code max(0.5 ns/layer, 25% of the reference slope)}. */
    public String describe(Metric metric) {
        String abs = Format.number(absolute) + " " + metric.slopeUnit();
        return relative > 0 ? "max(" + abs + ", " + Math.round(relative * 100) + "% of the reference slope)" : abs;
    }
}
