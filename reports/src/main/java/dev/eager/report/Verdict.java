package dev.eager.report;

/** Whether a strategy's per-layer cost matches hand-written sync code's, within the margin. */
public enum Verdict {
    /** The whole slope interval lies at or below the reference slope plus the margin. */
    PAYS_ONCE("pays-once"),
    /** Otherwise: the strategy may pay a toll per layer. */
    PAYS_PER_LAYER("pays-per-layer");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** As printed and in JSON. */
    public String label() {
        return label;
    }
}
