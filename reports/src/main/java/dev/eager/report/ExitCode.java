package dev.eager.report;

/** The exit codes of {@code eager-report}, named once. */
public final class ExitCode {
    /** Everything asked for was done; for {@code gate}: no regression. */
    public static final int OK = 0;
    /** {@code gate} found a regression, or a broken measurement. */
    public static final int REGRESSION = 1;
    /** Bad input or usage: a missing or malformed file, a run lacking the data a command needs. */
    public static final int BAD_INPUT = 2;
    /**
     * {@code gate}: a time check failed or a check was unsettled once and was not measured again;
     * not a verdict (time on a shared machine fails once by chance, a noisy run cannot settle a real
     * change, and a series whose allocation comes in levels set per JVM can show a level its
     * baseline's forks did not; only a failure confirmed by fresh forks is a regression).
     */
    public static final int UNCONFIRMED = 3;

    private ExitCode() {
    }
}
