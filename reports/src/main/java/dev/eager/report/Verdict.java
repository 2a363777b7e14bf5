package dev.eager.report;

/**
 * Whether a strategy's per-layer cost matches hand-written sync code's, within the margin: the
 * slope's 95% interval against the ceiling (the reference slope plus the margin). Three values,
 * because an interval that straddles the ceiling is not evidence either way: calling it
 * "pays-per-layer" (as a two-valued verdict did) printed continuations-vt ASYNC's -1.07 [-3.36,
 * 1.22] B/layer as a per-layer toll.
 */
public enum Verdict {
    /** The whole slope interval lies at or below the ceiling. */
    PAYS_ONCE("pays-once"),
    /** The whole slope interval lies above the ceiling: a toll per layer, beyond noise. */
    PAYS_PER_LAYER("pays-per-layer"),
    /** The interval straddles the ceiling: the run cannot tell; more forks or depths can. */
    INCONCLUSIVE("inconclusive");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The verdict on a slope interval {@code [low, high]} against {@code ceiling}. */
    public static Verdict of(double low, double high, double ceiling) {
        if (high <= ceiling) {
            return PAYS_ONCE;
        }
        return low > ceiling ? PAYS_PER_LAYER : INCONCLUSIVE;
    }

    /** As printed and in JSON. */
    public String label() {
        return label;
    }

    /** A short form for the verdict matrix, where a mode has a column per shape: {@code once}, {@code per layer}, {@code ?}. */
    public String shortLabel() {
        return switch (this) {
            case PAYS_ONCE -> "once";
            case PAYS_PER_LAYER -> "per layer";
            case INCONCLUSIVE -> "?";
        };
    }
}
