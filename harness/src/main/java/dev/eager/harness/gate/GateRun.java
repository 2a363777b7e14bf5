package dev.eager.harness.gate;

import dev.eager.core.Mode;
import dev.eager.harness.AbstractChainBenchmark;
import dev.eager.harness.ForkFlags;
import dev.eager.harness.JmhLock;
import dev.eager.harness.OpaqueChainBenchmark;
import dev.eager.harness.Profile;
import dev.eager.harness.RunPlan;
import dev.eager.report.BadInput;
import dev.eager.report.Gate;
import dev.eager.report.GateVerdict;
import dev.eager.report.Manifest;
import dev.eager.report.Metric;
import dev.eager.report.Run;
import dev.eager.report.RunFolder;
import dev.eager.report.SeriesKey;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import dev.eager.harness.EagerCommand;
import dev.eager.harness.OptionValues;
import dev.eager.harness.SharedOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eager gate}: the regression gate as CI runs it. Measures the candidate (this jar) and the
 * stored baseline's commit (built from the repository's history) in one session, fork by fork
 * interleaved ({@link Duet}), judges the result ({@link GateVerdict}), and when a time check fails or
 * is unsettled, measures those series again with fresh forks and fails only if that confirms it.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        header = "The regression gate as CI runs it: measure, judge, confirm.",
        description = {
            "The regression gate (DESIGN section 8) as CI runs it, in one command:",
            "  1. picks the baseline under results/baselines/ made on this JDK and machine, else",
            "     the one made on this JDK on another machine, saying so: it gives allocation",
            "     (exact per JDK) and which series pay once, never time (or --baseline DIR);",
            "  2. builds the baseline's commit (its manifest's \"commit\") from this repository's",
            "     history into target/gate-base/<commit>/ (once; about 1-2 min);",
            "  3. measures the opaque chain at depths 1 and 20 (profile gate: 5 x 200 ms warm-up,",
            "     5 x 100 ms measured) in N rounds: each round one fork of every set, candidate and",
            "     base back to back in a random order, the sets in an order drawn from the seed.",
            "     Paired (both sides): the series the baseline holds to pay-once, duplicated SYNC",
            "     (the reference) and future EAGER (the negative control); every other series the",
            "     candidate alone, one fork at depths 1, 10 and 20 (its allocation is gated",
            "     against the stored baseline);",
            "  4. judges it (eager report gate: allocation against the stored baseline; slope",
            "     against this run's sync slope; time against the base measured beside it);",
            "  5. if a time check failed, or came out 10%% or more slower than the base with an",
            "     interval also reaching zero (unsettled), or a series exceeded its baseline",
            "     allocation where the baseline's own forks allocate at levels set per JVM",
            "     (unsettled too), measures those series again, fresh forks, new seed, into",
            "     confirm/, and fails only if the confirmation fails the same check (or, where",
            "     it cannot settle a time check either, both measurements pooled do; an",
            "     allocation over the baseline again is confirmed).",
            "Writes DIR/<yyyyMMdd-HHmmss>-gate/ (jmh-result.json, manifest.json, base/, confirm/,",
            "schedule.tsv, gate.txt, gate.json (the verdict as data), forks.log) and prints the",
            "verdict last.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no regression",
                "1:a regression (allocation, or time confirmed by fresh forks, or a broken negative control"
                        + " confirmed)",
                "2:bad input, no single baseline for this JDK, or a run that could not be measured"})
public final class GateRun implements Callable<Integer> {
    static final int OK = 0;
    static final int REGRESSION = 1;
    static final int BAD_INPUT = 2;

    @Option(names = "--baseline", paramLabel = "DIR",
            description = "the stored baseline (default: the one under results/baselines/ for this JDK and machine,"
                    + " else for this JDK)")
    Path baseline;

    @Option(names = "--rounds", paramLabel = "N", converter = OptionValues.Positive.class,
            description = "rounds, i.e. forks per paired set and side (default 6; at least 3)")
    Integer rounds;

    @Option(names = "--seed", paramLabel = "S", description = "the order's seed (default: drawn, and recorded in"
            + " the manifest)")
    Long seed;

    @Option(names = "--series", paramLabel = "S:MODE", split = ",",
            description = "measure only these series (plus the reference and the control), e.g. bypass-once:EAGER;"
                    + " for gate-check's mutant rounds")
    List<String> series;

    @Mixin
    SharedOptions.RunsFolder runs;

    @Option(names = "--candidate-jvm-arg", paramLabel = "ARG",
            description = "a JVM flag for the candidate's forks only (repeatable), e.g. -Deager.mutants=every-fifth-layer")
    List<String> candidateJvm = new ArrayList<>();

    @Option(names = "--no-base", description = "do not build or measure the base: same-run invariants only")
    boolean noBase;

    @Option(names = "--base-jar", paramLabel = "JAR", description = "use this benchmarks jar as the base instead of"
            + " building one")
    Path baseJar;

    @Mixin
    SharedOptions.Repository repository;

    @Option(names = "--dry-run", description = "print what would be measured and an estimate of the time; run nothing")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    GateRun() {
    }

    /** The command line, parsed. */
    record Arguments(Path baseline, int rounds, Long seed, List<String> series, Path out, List<String> candidateJvm,
            boolean noBase, Path baseJar, Path repo, boolean dryRun, String command) {
        /** Parses {@code args} as {@code eager gate} does; bad input is a {@link ParameterException}. */
        static Arguments parse(String... args) {
            CommandLine cli = new CommandLine(new GateRun());
            cli.parseArgs(args);
            return cli.<GateRun>getCommand().arguments("eager gate " + String.join(" ", args));
        }
    }

    private Arguments arguments(String typed) {
        int n = rounds != null ? rounds : Profile.GATE.forks();
        if (n < 3) {
            throw new ParameterException(spec.commandLine(), "--rounds: at least 3 (the medians and intervals need them)");
        }
        return new Arguments(baseline, n, seed, series == null ? null : List.copyOf(series), runs.out,
                List.copyOf(candidateJvm), noBase, baseJar, repository.repo, dryRun, typed);
    }

    @Override
    public Integer call() {
        return execute(arguments(EagerCommand.typed(spec)), System.out).exit();
    }

    /**
     * What one gate run came to: its exit code, its folder (null when it could not start) and its
     * final checks (empty when it could not judge).
     */
    record Outcome(int exit, Path folder, List<dev.eager.report.Check> checks) {
    }

    /** Measures and judges; every failure to do so is an outcome with {@link #BAD_INPUT}, said on stderr. */
    static Outcome execute(Arguments arguments, PrintStream out) {
        try {
            return measureAndJudge(arguments, out);
        } catch (BadInput | IllegalArgumentException | IOException e) {
            System.err.println("eager gate: " + e.getMessage());
            return new Outcome(BAD_INPUT, null, List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("eager gate: interrupted");
            return new Outcome(BAD_INPUT, null, List.of());
        }
    }

    private static Outcome measureAndJudge(Arguments a, PrintStream out) throws IOException, InterruptedException {
        Baselines.Choice choice = a.baseline() != null ? new Baselines.Choice(a.baseline(), null)
                : Baselines.forThisJdk(a.repo().resolve("results/baselines"));
        Path baseline = choice.folder();
        if (choice.note() != null) {
            out.println("[gate] " + choice.note());
        }
        Run baselineRun = RunFolder.read(baseline);
        if (!baselineRun.manifest().jdk().equals(Baselines.thisJdk())) {
            throw new BadInput(baseline.resolve(RunFolder.MANIFEST), "baseline is from JDK '" + baselineRun.manifest().jdk()
                    + "' but this gate runs on '" + Baselines.thisJdk() + "': make one with eager baseline");
        }
        Set<SeriesKey> paired = pairedSeries(baselineRun, a.series());
        List<ForkSet> sets = sets(RunPlan.Strategy.registered(), paired, a.series());
        if (a.dryRun()) {
            long forks = sets.stream().mapToLong(s -> s.paired() ? 2L * a.rounds() : 1).sum();
            out.println("[gate] baseline " + baseline + " (commit " + baselineRun.manifest().commit() + ")");
            out.println("[gate] paired with the base (" + paired.size() + "): " + paired);
            out.println("[gate] " + forks + " forks, about " + Duet.minutes((long) (forks * SECONDS_PER_FORK))
                    + " at ~" + SECONDS_PER_FORK + " s a fork on a quiet 2-core machine, plus 1-2 min to build the base"
                    + " commit once, plus a confirmation if a time check fails");
            return new Outcome(OK, null, List.of());
        }
        long seed = a.seed() != null ? a.seed() : System.nanoTime() & 0x7fffffff;
        String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-gate";
        Path folder = a.out().resolve(runId);
        Files.createDirectories(folder);
        out.println("[gate] baseline " + baseline + "; " + paired.size() + " series paired with the base, "
                + sets.stream().filter(s -> !s.paired()).count() + " sets candidate-only; " + a.rounds()
                + " rounds, seed " + seed + "; folder " + folder);

        // One JMH run at a time on a machine: wait for another bench or gate to finish.
        try (JmhLock lock = JmhLock.acquire(out, Duration.ofMinutes(90))) {
            if (lock == null) {
                throw new IOException("another JMH run held " + JmhLock.file() + " for over 90 minutes");
            }
            String baseCommit = baselineRun.manifest().commit();
            Path baseJar = a.baseJar();
            String baseSkipped = null;
            if (a.noBase()) {
                baseSkipped = "--no-base was given";
            } else if (baseJar == null) {
                BaseBuild build = BaseBuild.of(a.repo(), baseCommit, out);
                baseJar = build.jar();
                baseSkipped = build.reason();
            }
            if (baseSkipped != null) {
                out.println("[gate] the base commit is not measured: " + baseSkipped
                        + "; time is judged on same-run invariants only");
            }
            Path java = ProcessHandle.current().info().command().map(Path::of)
                    .orElseThrow(() -> new IOException("cannot tell which java runs this gate"));
            Path log = folder.resolve("forks.log");
            Duet.Side candidate = new Duet.Side("candidate", new ForkRunner(java, ownJar(), a.candidateJvm(), log));
            Duet.Side base = baseJar == null ? null : new Duet.Side("base", new ForkRunner(java, baseJar, List.of(), log));

            Instant start = Instant.now();
            Duet.Measured first = new Duet(Profile.GATE, a.rounds(), seed, out).run(sets, candidate, base, folder);
            writeManifests(folder, runId, a, seed, choice, baseCommit, baseSkipped, base != null, start, first);
            if (first.candidate().isEmpty()) {
                throw new IOException("no candidate fork ran (see " + log + ")");
            }
            GateVerdict verdict = GateVerdict.judge(baseline, folder);
            if (verdict.needsConfirmation()) {
                Set<SeriesKey> again = verdict.seriesToConfirm();
                out.println("[gate] " + verdict.suspects().size() + " check(s) failed or unsettled; measuring " + again
                        + " again with fresh forks to confirm");
                List<ForkSet> confirmSets = sets(RunPlan.Strategy.registered(), again,
                        again.stream().map(k -> k.strategy() + ":" + k.mode()).toList()).stream()
                        .filter(ForkSet::paired).toList();
                Path confirm = folder.resolve(GateVerdict.CONFIRM);
                Instant confirmStart = Instant.now();
                Duet.Measured second = new Duet(Profile.GATE, a.rounds(), seed + 1000, out)
                        .run(confirmSets, candidate, base, confirm);
                writeManifests(confirm, runId + "-confirm", a, seed + 1000, choice, baseCommit, baseSkipped,
                        base != null, confirmStart, second);
                verdict = GateVerdict.judge(baseline, folder);
            }
            out.println("[gate] measured in " + Duet.minutes(Duration.between(start, Instant.now()).toSeconds())
                    + "; " + folder);
            verdict.write(folder);
            verdict.print(out);
            int code = verdict.exitCode();
            // Unconfirmed cannot be final here (a failed time check was measured again above).
            return new Outcome(code == dev.eager.report.ExitCode.UNCONFIRMED ? BAD_INPUT : code, folder,
                    verdict.checks());
        }
    }

    /** The series measured on both sides: held to pay-once by the baseline, and the two every verdict needs. */
    static Set<SeriesKey> pairedSeries(Run baseline, List<String> only) {
        Set<SeriesKey> paired = new LinkedHashSet<>();
        SeriesKey reference = new SeriesKey("duplicated", "SYNC", OPAQUE, Metric.TIME);
        paired.add(reference);
        paired.add(new SeriesKey(Gate.NEGATIVE_CONTROL, "EAGER", OPAQUE, Metric.TIME));
        for (SeriesKey key : Gate.seriesHeldToPayOnce(baseline)) {
            if (key.layers().equals(OPAQUE) && (only == null || only.contains(key.strategy() + ":" + key.mode()))) {
                paired.add(key);
            }
        }
        return paired;
    }

    static final String OPAQUE = "opaque";

    /** One gate fork's wall time on a quiet 2-core machine: JMH's host JVM, the fork, 1.5 s measuring. */
    static final double SECONDS_PER_FORK = 2.6;

    /**
     * The depths of a series the candidate measures alone, one fork each: three, so that its fit
     * (allocation's "does not grow with depth") has a point more than it has parameters.
     */
    static final List<Integer> SINGLE_DEPTHS = List.of(1, 10, 20);

    /** Every valid (strategy, mode, depth) of the opaque chain, paired where the series is. */
    static List<ForkSet> sets(List<RunPlan.Strategy> strategies, Set<SeriesKey> paired, List<String> only) {
        String benchmark = OpaqueChainBenchmark.class.getName() + ".chain";
        List<ForkSet> sets = new ArrayList<>();
        for (RunPlan.Strategy s : strategies) {
            for (Mode mode : Mode.values()) {
                SeriesKey key = new SeriesKey(s.name(), mode.name(), OPAQUE, Metric.TIME);
                boolean pairedSeries = paired.contains(key);
                if ((mode == Mode.SYNC && !s.hasSync()) || (only != null && !pairedSeries)) {
                    continue;
                }
                for (int depth : pairedSeries ? Profile.GATE.depths() : SINGLE_DEPTHS) {
                    Map<String, String> params = new LinkedHashMap<>();
                    params.put("strategy", s.name());
                    params.put("mode", mode.name());
                    params.put("depth", String.valueOf(depth));
                    params.put("layers", OPAQUE);
                    if (declares("shape")) {
                        params.put("shape", "METHODS");
                    }
                    // The gate measures C2 only (the JVM's default tiers); a base jar from before
                    // tiers has no such parameter, and its results read as C2 all the same.
                    if (declares("tier")) {
                        params.put("tier", "C2");
                    }
                    sets.add(new ForkSet(benchmark, params, pairedSeries));
                }
            }
        }
        return sets;
    }

    /** Whether the chain benchmark declares a parameter (a newer one the base jar may lack). */
    private static boolean declares(String param) {
        return Stream.of(AbstractChainBenchmark.class.getFields()).anyMatch(f -> f.getName().equals(param));
    }

    private static void writeManifests(Path folder, String runId, Arguments a, long seed, Baselines.Choice baseline,
            String baseCommit, String baseSkipped, boolean measuredBase, Instant start, Duet.Measured measured)
            throws IOException {
        Instant end = Instant.now();
        boolean complete = measured.failures().isEmpty();
        gateManifest(runId, Manifest.GitState.of(a.repo()), a.candidateJvm(), a, start, end, complete, seed, baseline,
                baseCommit, baseSkipped, measured).write(folder);
        if (measuredBase) {
            gateManifest(runId + "-base", new Manifest.GitState(baseCommit, false), List.of(), a, start, end, complete,
                    seed, baseline, baseCommit, null, measured).write(folder.resolve(RunFolder.BASE));
        }
    }

    private static Manifest gateManifest(String runId, Manifest.GitState git, List<String> extraJvm, Arguments a,
            Instant start, Instant end, boolean complete, long seed, Baselines.Choice baseline, String baseCommit,
            String baseSkipped, Duet.Measured measured) {
        Manifest.Builder manifest = Manifest.builder(runId, Profile.GATE.id()).git(git)
                .machine(jvmArgs(extraJvm), org.openjdk.jmh.util.Version.getPlainVersion())
                .span(a.command(), start, end, complete)
                .put("rounds", a.rounds())
                .put("seed", seed)
                .put("baseline", baseline.folder().toString())
                .put("baseCommit", baseCommit);
        if (baseline.note() != null) {
            manifest.put("baselineFromAnotherMachine", baseline.note());
        }
        if (baseSkipped != null) {
            manifest.put("baseSkipped", baseSkipped);
        }
        return manifest.put("failedForks", measured.failures())
                .put("loadAverageHighest", measured.highestLoad())
                .build();
    }

    private static List<String> jvmArgs(List<String> extra) {
        List<String> all = new ArrayList<>(ForkFlags.everyFork());
        all.addAll(extra);
        return all;
    }

    /** The jar this class was loaded from: the candidate's benchmarks. */
    private static Path ownJar() throws IOException {
        try {
            Path jar = Path.of(GateRun.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                throw new IOException("the gate must run from the benchmarks jar (scripts/eager gate), not from " + jar);
            }
            return jar;
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the benchmarks jar: " + e.getMessage());
        }
    }
}
