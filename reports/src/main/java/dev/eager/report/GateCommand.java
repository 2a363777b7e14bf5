package dev.eager.report;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eager-report gate --baseline DIR RUN}: exit 1 on a regression or a broken measurement. */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {
            "Gates a run against a committed baseline (DESIGN section 8), one line per",
            "check, in this order:",
            "  0 the future EAGER negative control must come out pays-per-layer with its",
            "    whole slope interval above the pay-once ceiling, else the measurement",
            "    is broken (or too noisy to tell);",
            "  (a series 'paid once in the baseline' when the baseline's slope estimate",
            "  was within the ceiling)",
            "  1 allocation: a series that paid once in the baseline must not grow with",
            "    depth (whole slope interval above the ceiling fails), and no series may",
            "    allocate more than the most its baseline measured, at most depths",
            "    (tolerance 8 B/op, half the smallest object; over opaque layers only, as",
            "    escape analysis changes what inlined layers allocate from run to run);",
            "  2 slope: a series whose baseline interval lay below the ceiling fails",
            "    when its whole slope interval now lies above this run's sync slope plus",
            "    the margin; and every series that paid once in the baseline fails when",
            "    its slope as a multiple of this run's sync slope grew by 10%% or more",
            "    against the baseline's multiple and the difference's 95%% interval lies",
            "    above zero;",
            "  3 ratio: each time-to-sync ratio against the baseline's counts only when it",
            "    grew by 10%% or more AND the two 95%% intervals are disjoint; a series",
            "    fails when two depths (two forks) agree.",
            "Baseline and run must come from the same JDK (vendor and version)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed", "1:a regression, or the negative control failed (broken run)",
                "2:bad input (missing or malformed files, too few depths, baseline from another JDK)"})
final class GateCommand implements Callable<Integer> {
    @Option(names = "--baseline", required = true, paramLabel = "DIR",
            description = "a baseline run folder, e.g. results/baselines/temurin-25-2core-x86/")
    Path baseline;

    @Parameters(paramLabel = "RUN", description = "the run folder to gate")
    Path run;

    @Override
    public Integer call() {
        Run base = RunReader.read(baseline);
        Run candidate = RunReader.read(run);
        List<Check> checks = Gate.judge(base, candidate);
        System.out.println("gate: run " + candidate.name() + " against baseline " + base.name() + " ("
                + candidate.manifest().jdk() + ")");
        checks.forEach(c -> System.out.println(c.line()));
        long failed = checks.stream().filter(c -> c.outcome() == Check.Outcome.FAIL).count();
        boolean broken = checks.stream().anyMatch(c -> c.step() == 0 && c.outcome() == Check.Outcome.FAIL);
        long passed = checks.stream().filter(c -> c.outcome() == Check.Outcome.PASS).count();
        if (broken) {
            System.out.println("gate: BROKEN: the negative control did not come out pays-per-layer; "
                    + failed + " failed check(s), " + passed + " passed");
            return ExitCode.REGRESSION;
        }
        if (failed > 0) {
            System.out.println("gate: FAIL: " + failed + " failed check(s), " + passed + " passed");
            return ExitCode.REGRESSION;
        }
        System.out.println("gate: PASS: " + passed + " checks passed");
        return ExitCode.OK;
    }
}
