package dev.eager.report;

/**
 * Where a chain measurement sits: which strategy, run how, with which kind of layers, how deep.
 *
 * @param strategy e.g. {@code bypass-once}
 * @param mode     {@code SYNC}, {@code EAGER} or {@code ASYNC}
 * @param layers   {@code inlined} or {@code opaque}, with {@code -classes} for the CLASSES shape
 *                 (every layer its own class behind an interface)
 * @param depth    layers above the leaf
 */
public record ChainPoint(String strategy, String mode, String layers, int depth) {
    /** The strategy and mode every verdict is read against: hand-written sync code. */
    public static final String REFERENCE_STRATEGY = "duplicated";
    /** See {@link #REFERENCE_STRATEGY}. */
    public static final String REFERENCE_MODE = "SYNC";

    /** The series this point belongs to, for a metric. */
    public SeriesKey series(Metric metric) {
        return new SeriesKey(strategy, mode, layers, metric);
    }
}
