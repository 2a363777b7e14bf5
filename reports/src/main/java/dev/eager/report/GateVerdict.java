package dev.eager.report;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gate's verdict on one gate folder, confirmation included. A gate folder is a run folder (the
 * candidate's {@code jmh-result.json} and {@code manifest.json}) that may hold {@code base/} (the
 * base commit measured in the same session, forks interleaved) and {@code confirm/} (the series whose
 * checks failed or were unsettled, measured again with fresh forks, with its own {@code base/}).
 *
 * <p>Allocation is exact for most series: a failed allocation check fails the gate at once. A time
 * check that failed, or any check that the run could not settle ({@link Check.Outcome#RECHECK}: time,
 * or allocation over the baseline of a series whose baseline forks allocate at levels set per JVM),
 * fails it only when the confirmation fails the same check (for such allocation: exceeds the baseline
 * again, a median over every round's fresh fork); without a confirmation it is reported as unconfirmed
 * ({@link ExitCode#UNCONFIRMED}), never as a regression, nor as a pass.
 */
public final class GateVerdict {
    /** The base commit's forks inside a gate folder. */
    public static final String BASE = RunFolder.BASE;
    /** The confirmation measurement inside a gate folder. */
    public static final String CONFIRM = RunFolder.CONFIRM;

    private final Run run;
    private final Run baseline;
    private final List<Check> first;
    private final List<Check> confirmation;
    private final List<Check> pooled;
    private final String baseNote;

    private GateVerdict(Run baseline, Run run, List<Check> first, List<Check> confirmation, List<Check> pooled,
            String baseNote) {
        this.baseline = baseline;
        this.run = run;
        this.first = first;
        this.confirmation = confirmation;
        this.pooled = pooled;
        this.baseNote = baseNote;
    }

    /** Judges the gate folder {@code folder} against the stored baseline in {@code baselineFolder}. */
    public static GateVerdict judge(Path baselineFolder, Path folder) {
        Run baseline = RunFolder.read(baselineFolder);
        Run run = RunFolder.read(folder);
        Run base = baseBeside(folder);
        List<Check> first = judgeOne(baseline, run, base);
        List<Check> confirmation = null;
        List<Check> pooled = List.of();
        Path confirm = folder.resolve(CONFIRM);
        if (Files.isDirectory(confirm)) {
            Run again = RunFolder.read(confirm);
            Run againBase = baseBeside(confirm);
            confirmation = judgeOne(baseline, again, againBase);
            if (base != null && againBase != null) {
                pooled = Gate.pooledBaseComparison(List.of(run, again), List.of(base, againBase));
            }
        }
        String note = base != null ? "base commit " + base.manifest().commit() + " measured in the same run"
                : whyNoBase(run);
        return new GateVerdict(baseline, run, first, confirmation, pooled, note);
    }

    /** The base commit measured beside the run in {@code folder} ({@code folder/base/}), or null. */
    private static Run baseBeside(Path folder) {
        Path base = folder.resolve(BASE);
        return Files.isDirectory(base) ? RunFolder.read(base) : null;
    }

    private static List<Check> judgeOne(Run baseline, Run run, Run base) {
        return Gate.judge(baseline, run, base, base == null ? whyNoBase(run) : null);
    }

    /** The reason the measuring gate wrote into the manifest, else that this run has no base. */
    private static String whyNoBase(Run run) {
        String why = run.manifest().text("baseSkipped");
        return "?".equals(why) ? "the run folder has no " + BASE + "/ (the base commit was not measured with it)" : why;
    }

    /** The first pass's checks. */
    public List<Check> first() {
        return first;
    }

    /** The first pass's time checks that failed and every unsettled check: what a confirmation measures again. */
    public List<Check> suspects() {
        return first.stream().filter(Check::suspect).toList();
    }

    /**
     * The series a confirmation must measure: each suspect's series, plus the reference and the
     * negative control over the same layers (every verdict is read against them).
     */
    public Set<SeriesKey> seriesToConfirm() {
        Set<SeriesKey> out = new LinkedHashSet<>();
        for (Check c : suspects()) {
            SeriesKey.parse(c.subject()).ifPresent(key -> {
                // An allocation suspect is measured as a series: its forks give both metrics.
                SeriesKey series = new SeriesKey(key.strategy(), key.mode(), key.layers(), Metric.TIME);
                out.add(series.reference());
                out.add(new SeriesKey(Gate.NEGATIVE_CONTROL, "EAGER", key.layers(), Metric.TIME));
                out.add(series);
            });
        }
        return out;
    }

    /** Whether a time check failed or a check was unsettled, and no confirmation has been measured yet. */
    public boolean needsConfirmation() {
        return confirmation == null && !suspects().isEmpty();
    }

    /**
     * The final checks: a first-pass time check that failed or was unsettled fails only when the
     * confirmation failed it, or, where the confirmation could not settle it either, when both
     * measurements pooled (twice the rounds) fail it; an unsettled allocation check fails when the
     * confirmation's fresh forks exceed the baseline again; otherwise it passes, saying so.
     */
    public List<Check> checks() {
        List<Check> out = new ArrayList<>();
        for (Check c : first) {
            if (!c.suspect() || confirmation == null) {
                out.add(c);
                continue;
            }
            List<Check> again = matching(confirmation, c);
            List<Check> both = matching(pooled, c);
            boolean unsettledAgain = again.stream().anyMatch(k -> k.outcome() == Check.Outcome.RECHECK);
            // Allocation: fresh JVMs over the baseline again (every round's fork, a median) is a confirmation.
            boolean overAgain = !c.isTime() && unsettledAgain;
            if (again.stream().anyMatch(Check::failed) || overAgain) {
                out.add(new Check(c.step(), Check.Outcome.FAIL, c.subject(), c.why() + "; CONFIRMED by fresh forks"));
            } else if (unsettledAgain && both.stream().anyMatch(Check::failed)) {
                out.add(new Check(c.step(), Check.Outcome.FAIL, c.subject(), c.why() + "; the fresh forks could not"
                        + " settle it either, and both measurements pooled fail it: " + whys(both.stream()
                        .filter(Check::failed).toList()) + "; CONFIRMED by the pooled rounds"));
            } else {
                out.add(new Check(c.step(), Check.Outcome.PASS, c.subject(), (c.failed() ? "failed" : "unsettled")
                        + " once, not confirmed by fresh forks (see the confirmation below)"
                        + (unsettledAgain && !both.isEmpty() ? " nor by both measurements pooled (" + whys(both) + ")" : "")
                        + ": " + c.why()));
            }
        }
        return out;
    }

    /**
     * The checks in {@code checks} of the same step and series as {@code c} (step 3 checks a series
     * twice: its per-layer cost and its time per depth), skips left out; none when {@code checks} is null.
     */
    private static List<Check> matching(List<Check> checks, Check c) {
        return checks == null ? List.of() : checks.stream().filter(k -> k.step() == c.step()
                && k.subject().equals(c.subject()) && k.outcome() != Check.Outcome.SKIP).toList();
    }

    private static String whys(List<Check> checks) {
        return String.join("; ", checks.stream().map(Check::why).toList());
    }

    /** {@link ExitCode#OK}, {@link ExitCode#REGRESSION} or {@link ExitCode#UNCONFIRMED}. */
    public int exitCode() {
        List<Check> checks = checks();
        if (checks.stream().anyMatch(c -> c.failed() && !c.isTime())) {
            return ExitCode.REGRESSION;
        }
        if (confirmation == null && checks.stream().anyMatch(Check::suspect)) {
            return ExitCode.UNCONFIRMED;
        }
        return checks.stream().anyMatch(Check::failed) ? ExitCode.REGRESSION : ExitCode.OK;
    }

    /** The verdict as data, for {@code gate.json}. */
    public GateVerdictFile file() {
        boolean broken = checks().stream().anyMatch(c -> c.step() == 0 && c.failed());
        String word = switch (exitCode()) {
            case ExitCode.OK -> "PASS";
            case ExitCode.UNCONFIRMED -> "UNCONFIRMED";
            default -> broken ? "BROKEN" : "FAIL";
        };
        return new GateVerdictFile(run.name(), run.manifest().commit(), baseline.folder().toString(), exitCode(), word,
                checks(), confirmation == null ? List.of() : confirmation);
    }

    /** Writes {@code gate.txt} and {@code gate.json} into the gate folder. */
    public void write(Path folder) throws java.io.IOException {
        try (PrintStream text = new PrintStream(Files.newOutputStream(folder.resolve(RunFolder.GATE_TEXT)), true,
                java.nio.charset.StandardCharsets.UTF_8)) {
            print(text);
        }
        file().write(folder);
    }

    /** Every check, the confirmation's, and a last line saying the verdict. */
    public void print(PrintStream out) {
        out.println("gate: run " + run.name() + " (commit " + shortCommit(run.manifest().commit()) + ") against baseline "
                + baseline.name() + " (" + run.manifest().jdk() + "); time: " + baseNote);
        List<Check> checks = checks();
        checks.forEach(c -> out.println(c.line()));
        if (confirmation != null) {
            out.println("gate: confirmation (the series of the failed or unsettled checks, measured again with"
                    + " fresh forks):");
            Set<String> suspected = Set.copyOf(suspects().stream().map(Check::subject).toList());
            confirmation.stream().filter(c -> c.outcome() != Check.Outcome.SKIP
                    && (c.isTime() || suspected.contains(c.subject())))
                    .forEach(c -> out.println("  " + c.line()));
        }
        List<String> inconclusive = inconclusive(checks);
        if (!inconclusive.isEmpty()) {
            out.println("gate: " + inconclusive.size() + " series held to pay-once came out inconclusive (interval"
                    + " straddling the ceiling; reported, not failed): " + String.join(", ", inconclusive));
        }
        long failed = checks.stream().filter(Check::failed).count();
        long suspect = checks.stream().filter(Check::suspect).count();
        long passed = checks.stream().filter(c -> c.outcome() == Check.Outcome.PASS).count();
        boolean broken = checks.stream().anyMatch(c -> c.step() == 0 && c.failed());
        switch (exitCode()) {
            case ExitCode.OK -> out.println("gate: PASS: " + passed + " checks passed");
            case ExitCode.UNCONFIRMED -> out.println("gate: UNCONFIRMED: " + suspect + " check(s) failed or"
                    + " unsettled once, " + passed + " passed; not a verdict until fresh forks settle them (scripts/gate"
                    + " measures again by itself)");
            default -> out.println("gate: " + (broken ? "BROKEN: the negative control did not come out"
                    + " pays-per-layer; " : "FAIL: ") + failed + " failed check(s), " + passed + " passed");
        }
    }

    /** The subjects of the checks that found a held series inconclusive, in check order. */
    static List<String> inconclusive(List<Check> checks) {
        return checks.stream().filter(c -> !c.failed() && c.why().startsWith(Gate.INCONCLUSIVE_NOW))
                .map(Check::subject).distinct().toList();
    }

    private static String shortCommit(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
