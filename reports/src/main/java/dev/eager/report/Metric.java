package dev.eager.report;

/** What a measurement counts: time per call, or bytes allocated per call. */
public enum Metric {
    /** Average time per operation, in ns/op (JMH's primary metric). */
    TIME("time", "ns/op", "ns/layer"),
    /** Bytes allocated per operation ({@code gc.alloc.rate.norm}), exact for a given JDK. */
    ALLOC("alloc", "B/op", "B/layer");

    private final String label;
    private final String unit;
    private final String slopeUnit;

    Metric(String label, String unit, String slopeUnit) {
        this.label = label;
        this.unit = unit;
        this.slopeUnit = slopeUnit;
    }

    /** {@code time} or {@code alloc}, as printed. */
    public String label() {
        return label;
    }

    /** The unit of a measurement and of a fitted {@code fixed}. */
    public String unit() {
        return unit;
    }

    /** The unit of a fitted slope. */
    public String slopeUnit() {
        return slopeUnit;
    }
}
