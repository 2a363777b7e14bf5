package dev.eager.report;

import java.util.Comparator;

/**
 * One line of the cost model: a strategy run in one mode, over one kind of layers, for one metric.
 *
 * @param strategy e.g. {@code future}
 * @param mode     {@code SYNC}, {@code EAGER} or {@code ASYNC}
 * @param layers   {@code inlined} or {@code opaque}
 * @param metric   time or allocation
 */
public record SeriesKey(String strategy, String mode, String layers, Metric metric) {
    /** The same-run reference of this series: {@code duplicated} SYNC over the same layers and metric. */
    public SeriesKey reference() {
        return new SeriesKey(ChainPoint.REFERENCE_STRATEGY, ChainPoint.REFERENCE_MODE, layers, metric);
    }

    /** Whether this is the reference itself. */
    public boolean isReference() {
        return equals(reference());
    }

    /** {@code strategy MODE layers metric}. */
    @Override
    public String toString() {
        return strategy + " " + mode + " " + layers + " " + metric.label();
    }

    /** The key whose {@link #toString()} is {@code text} (a check's subject), if it is one. */
    public static java.util.Optional<SeriesKey> parse(String text) {
        String[] parts = text.split(" ");
        if (parts.length != 4) {
            return java.util.Optional.empty();
        }
        for (Metric metric : Metric.values()) {
            if (metric.label().equals(parts[3])) {
                return java.util.Optional.of(new SeriesKey(parts[0], parts[1], parts[2], metric));
            }
        }
        return java.util.Optional.empty();
    }

    /** Orders by metric, layers (opaque first, each kind's METHODS shape before CLASSES), mode (SYNC, EAGER, ASYNC), then the strategy order given. */
    public static Comparator<SeriesKey> order(java.util.List<String> strategies) {
        return Comparator.comparing(SeriesKey::metric)
                .thenComparingInt((SeriesKey k) -> k.layers().startsWith("opaque") ? 0 : 1)
                .thenComparing(SeriesKey::layers)
                .thenComparingInt(k -> modeRank(k.mode()))
                .thenComparingInt(k -> strategies.indexOf(k.strategy()));
    }

    static int modeRank(String mode) {
        return switch (mode) {
            case "SYNC" -> 0;
            case "EAGER" -> 1;
            case "ASYNC" -> 2;
            default -> 3;
        };
    }
}
