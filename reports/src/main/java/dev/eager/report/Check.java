package dev.eager.report;

/**
 * One line of the gate's verdict.
 *
 * @param step    the DESIGN section 8 step: 0 the negative control, 1 allocation against the stored
 *                baseline, 2 slope against the same run's sync slope, 3 time against the base commit
 *                measured in the same run
 * @param outcome pass, fail, recheck (a check the run could not settle), or skipped (nothing to
 *                compare)
 * @param subject what was checked, e.g. {@code bypass-once EAGER opaque time}
 * @param why     the numbers behind the outcome
 * @param value   the one number a tool reads from the check, NaN when it has none (the resolution's
 *                half-width in percent)
 */
public record Check(int step, Outcome outcome, String subject, String why, double value) {
    /** A check without a number of its own. */
    public Check(int step, Outcome outcome, String subject, String why) {
        this(step, outcome, subject, why, Double.NaN);
    }

    /** How a check came out. */
    public enum Outcome {
        PASS,
        FAIL,
        /**
         * A time check against the base whose change came out at the effect the gate looks for or
         * more, but whose interval also reaches zero: the run's noise can neither pass nor fail it,
         * so the gate measures it again, as it does a failure. Also an allocation check over the
         * baseline of a series whose baseline forks allocate at different levels set per JVM.
         */
        RECHECK,
        SKIP
    }

    /** Whether this is a time check: a failed one is measured again before the gate fails. */
    public boolean isTime() {
        return step != 1;
    }

    /** Whether this check failed. */
    public boolean failed() {
        return outcome == Outcome.FAIL;
    }

    /**
     * Whether fresh forks must settle this check before the gate's verdict: a time check that failed,
     * or any unsettled check (time, or allocation of a series whose bytes come in levels set per JVM).
     */
    public boolean suspect() {
        return outcome == Outcome.RECHECK || (isTime() && outcome == Outcome.FAIL);
    }

    /** {@code PASS [2 slope] subject: why}. */
    public String line() {
        String name = switch (step) {
            case 1 -> "alloc";
            case 2 -> "slope";
            case 3 -> "base";
            default -> "run";
        };
        return String.format("%-4s [%d %-5s] %s: %s", outcome, step, name, subject, why);
    }
}
