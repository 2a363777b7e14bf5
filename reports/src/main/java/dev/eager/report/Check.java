package dev.eager.report;

/**
 * One line of the gate's verdict.
 *
 * @param step    the DESIGN section 8 step: 1 allocation, 2 slope against sync, 3 ratios against baseline
 * @param outcome pass, fail, or skipped (nothing to compare)
 * @param subject what was checked, e.g. {@code bypass-once EAGER opaque time}
 * @param why     the numbers behind the outcome
 */
public record Check(int step, Outcome outcome, String subject, String why) {
    /** How a check came out. */
    public enum Outcome { PASS, FAIL, SKIP }

    /** {@code PASS [2 slope] subject: why}. */
    public String line() {
        String name = switch (step) {
            case 1 -> "alloc";
            case 2 -> "slope";
            case 3 -> "ratio";
            default -> "run";
        };
        return String.format("%-4s [%d %-5s] %s: %s", outcome, step, name, subject, why);
    }
}
