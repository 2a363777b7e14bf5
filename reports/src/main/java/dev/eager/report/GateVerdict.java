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
 * time checks failed, measured again with fresh forks, with its own {@code base/}).
 *
 * <p>Allocation is exact: a failed allocation check fails the gate at once. A failed time check
 * fails it only when the confirmation fails the same check again; without a confirmation it is
 * reported as unconfirmed ({@link ExitCode#UNCONFIRMED}), never as a regression.
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
    private final String baseNote;

    private GateVerdict(Run baseline, Run run, List<Check> first, List<Check> confirmation, String baseNote) {
        this.baseline = baseline;
        this.run = run;
        this.first = first;
        this.confirmation = confirmation;
        this.baseNote = baseNote;
    }

    /** Judges the gate folder {@code folder} against the stored baseline in {@code baselineFolder}. */
    public static GateVerdict judge(Path baselineFolder, Path folder) {
        Run baseline = RunFolder.read(baselineFolder);
        Run run = RunFolder.read(folder);
        List<Check> first = judgeOne(baseline, run, folder);
        List<Check> confirmation = null;
        if (Files.isDirectory(folder.resolve(CONFIRM))) {
            Path confirm = folder.resolve(CONFIRM);
            confirmation = judgeOne(baseline, RunFolder.read(confirm), confirm);
        }
        String note = Files.isDirectory(folder.resolve(BASE))
                ? "base commit " + RunFolder.read(folder.resolve(BASE)).manifest().commit() + " measured in the same run"
                : whyNoBase(run);
        return new GateVerdict(baseline, run, first, confirmation, note);
    }

    private static List<Check> judgeOne(Run baseline, Run run, Path folder) {
        Path base = folder.resolve(BASE);
        if (Files.isDirectory(base)) {
            return Gate.judge(baseline, run, RunFolder.read(base), null);
        }
        return Gate.judge(baseline, run, null, whyNoBase(run));
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

    /** The failed time checks of the first pass: what a confirmation measures again. */
    public List<Check> suspects() {
        return first.stream().filter(c -> c.failed() && c.isTime()).toList();
    }

    /**
     * The series a confirmation must measure: each suspect's series, plus the reference and the
     * negative control over the same layers (every verdict is read against them).
     */
    public Set<SeriesKey> seriesToConfirm() {
        Set<SeriesKey> out = new LinkedHashSet<>();
        for (Check c : suspects()) {
            SeriesKey.parse(c.subject()).ifPresent(key -> {
                out.add(key.reference());
                out.add(new SeriesKey(Gate.NEGATIVE_CONTROL, "EAGER", key.layers(), Metric.TIME));
                out.add(key);
            });
        }
        return out;
    }

    /** Whether a time check failed and no confirmation has been measured yet. */
    public boolean needsConfirmation() {
        return confirmation == null && !suspects().isEmpty();
    }

    /** The final checks: first-pass time failures stand only when the confirmation failed them too. */
    public List<Check> checks() {
        List<Check> out = new ArrayList<>();
        for (Check c : first) {
            if (!c.failed() || !c.isTime() || confirmation == null) {
                out.add(c);
            } else if (confirmedBy(c)) {
                out.add(new Check(c.step(), Check.Outcome.FAIL, c.subject(), c.why() + "; CONFIRMED by fresh forks"));
            } else {
                out.add(new Check(c.step(), Check.Outcome.PASS, c.subject(), "failed once, not confirmed by fresh"
                        + " forks (see the confirmation below): " + c.why()));
            }
        }
        return out;
    }

    private boolean confirmedBy(Check c) {
        return confirmation.stream().anyMatch(k -> k.failed() && k.step() == c.step() && k.subject().equals(c.subject()));
    }

    /** {@link ExitCode#OK}, {@link ExitCode#REGRESSION} or {@link ExitCode#UNCONFIRMED}. */
    public int exitCode() {
        List<Check> checks = checks();
        if (checks.stream().anyMatch(Check::failed)) {
            boolean onlyUnconfirmedTime = confirmation == null
                    && checks.stream().filter(Check::failed).allMatch(Check::isTime);
            return onlyUnconfirmedTime ? ExitCode.UNCONFIRMED : ExitCode.REGRESSION;
        }
        return ExitCode.OK;
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
            out.println("gate: confirmation (the series of the failed time checks, measured again with fresh forks):");
            confirmation.stream().filter(c -> c.outcome() != Check.Outcome.SKIP && c.isTime())
                    .forEach(c -> out.println("  " + c.line()));
        }
        long failed = checks.stream().filter(Check::failed).count();
        long passed = checks.stream().filter(c -> c.outcome() == Check.Outcome.PASS).count();
        boolean broken = checks.stream().anyMatch(c -> c.step() == 0 && c.failed());
        switch (exitCode()) {
            case ExitCode.OK -> out.println("gate: PASS: " + passed + " checks passed");
            case ExitCode.UNCONFIRMED -> out.println("gate: UNCONFIRMED: " + failed + " time check(s) failed once, "
                    + passed + " passed; not a verdict until fresh forks confirm them (scripts/gate measures again"
                    + " by itself)");
            default -> out.println("gate: " + (broken ? "BROKEN: the negative control did not come out"
                    + " pays-per-layer; " : "FAIL: ") + failed + " failed check(s), " + passed + " passed");
        }
    }

    private static String shortCommit(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
