package dev.eager.report;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eager-report gate --baseline DIR RUN}: judges a gate folder that {@code scripts/gate} wrote
 * (or any run folder), without measuring anything.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        header = "Judges a run folder against a baseline, measuring nothing.",
        description = {
            "Judges a run folder against a committed baseline (DESIGN section 8) and prints",
            "one line per check. It measures nothing: scripts/gate measures the candidate and",
            "the baseline's commit together, fork by fork interleaved, and confirms failures;",
            "this command re-judges what it wrote (RUN/base/ and RUN/confirm/ if present).",
            "  0 the future EAGER negative control must come out pays-per-layer with its",
            "    whole slope interval above the pay-once ceiling, else the measurement is",
            "    broken (or too noisy to tell);",
            "  (a series 'pays once in the baseline' when the baseline's slope estimate",
            "  was within the ceiling)",
            "  1 allocation against the stored baseline (exact per JDK): a series that paid",
            "    once must not grow with depth (whole slope interval above the ceiling),",
            "    and no series may allocate more than the upper end of the baseline",
            "    point's 95%% interval, at most depths (tolerance 8 B/op; over opaque",
            "    layers only); where the baseline's own forks allocate at different levels",
            "    (set per JVM, e.g. kotlin ASYNC), more is unsettled (RECHECK), not failed;",
            "  2 slope against this run's own sync slope: a series that paid once in the",
            "    baseline fails when its whole slope interval lies above this run's",
            "    duplicated SYNC slope plus the margin;",
            "  3 time against the base commit measured in the same run (RUN/base/): per",
            "    series, the per-layer cost and the time at each depth (points: medians",
            "    of the forks), paired round by round; fails at a change of 10%% or more whose",
            "    95%% interval (paired bootstrap over rounds) lies wholly above zero; a change",
            "    of 10%% or more whose interval also reaches zero is unsettled (RECHECK).",
            "    Time is never compared with the stored baseline (another day's host).",
            "A failed time check (steps 0, 2, 3), or an unsettled one, is a regression only",
            "when RUN/confirm/ (fresh forks of those series) fails it, or, where the",
            "confirmation leaves a step 3 check unsettled too, when both measurements pooled",
            "(their rounds side by side) fail it; an unsettled allocation check, when the",
            "confirmation's forks exceed the baseline again; without a confirmation it is",
            "reported as unconfirmed (exit 3). A failed allocation check is a regression.",
            "Baseline and run must come from the same JDK (vendor and version)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed (or a time check failed or a check was unsettled once, not confirmed)",
                "1:a regression (allocation, or a time or unsettled check confirmed), or the negative control"
                        + " failed and was confirmed (broken run)",
                "2:bad input (missing or malformed files, too few depths, baseline from another JDK)",
                "3:a time check failed or a check was unsettled once and no confirmation was measured: not a"
                        + " verdict yet"})
final class GateCommand implements Callable<Integer> {
    @Option(names = "--baseline", required = true, paramLabel = "DIR",
            description = "a baseline folder, e.g. results/baselines/eclipse-adoptium-25.0.3-amd-epyc-2core")
    Path baseline;

    @Parameters(paramLabel = "RUN", description = "the run folder to judge (a gate folder from scripts/gate, or any run)")
    Path run;

    @Override
    public Integer call() {
        GateVerdict verdict = GateVerdict.judge(baseline, run);
        verdict.print(System.out);
        return verdict.exitCode();
    }
}
