package dev.eager.harness;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import dev.eager.core.Mode;
import dev.eager.harness.load.MainJobLoad;
import dev.eager.harness.load.PostgresCluster;
import dev.eager.workload.orm.OrmServers;
import dev.eager.report.BenchmarkKind;
import dev.eager.report.JmhJson;
import dev.eager.report.JmhResult;
import dev.eager.report.Manifest;
import dev.eager.report.RunFolder;
import dev.eager.workload.Shape;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import dev.eager.report.BadInput;
import dev.eager.report.CommandErrors;
import picocli.CommandLine;
import org.openjdk.jmh.util.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eager bench}: builds the run's valid parameter sets ({@link RunPlan}), runs them through
 * JMH's Java API with {@code -prof gc}, and writes one run folder ({@link RunFolder}) holding the
 * merged {@code jmh-result.json} (JMH's own JSON format, raw data included), {@code manifest.json}
 * and {@code bench.log}. Its last line of output is the run folder.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Runs the JMH benchmarks into a run folder.",
        description = {
            "Runs the JMH benchmarks and writes a run folder DIR/<yyyyMMdd-HHmmss>-<profile>/ with",
            "jmh-result.json (JMH JSON with raw data and gc.alloc.rate.norm), manifest.json and",
            "bench.log. The last line printed is the run folder.",
            "Forks run in rounds: each round one fork of every parameter set, in an order drawn",
            "from the seed, so that drift on a shared machine falls on every series alike; a",
            "one-fork point runs in one round, the orm's five-fork points in five. A plan with orm",
            "points on postgres starts a throw-away cluster (scripts/postgres, loopback only),",
            "removed at the end or when the run fails or is interrupted; without the server's",
            "binaries it says so in one line, records the skip in the manifest and goes on.",
            "A run waits for any other JMH run on this machine to finish (JMH's lock,",
            "java.io.tmpdir/jmh.lock) and holds that lock until its last part is done.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the run failed or was incomplete",
                "2:bad input (or, with --report, a report that could not be rendered)"})
public final class Bench implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    /**
     * One fork's JVM start-up, JMH handshake and -prof gc overhead besides its iterations, measured
     * on this 2-core machine when quiet: 0.3 s in the published standard run (671 sets in 20m06s,
     * 1.5 s of iterations each), 0.37 s in a smoke run (392 sets in 3m45s, 0.2 s each). The ETA
     * printed between parts uses the pace actually measured.
     */
    static final double FORK_STARTUP_SECONDS = 0.4;

    /** How long to wait for other JMH runs on a shared machine before giving up. */
    static final Duration LOCK_PATIENCE = Duration.ofMinutes(90);

    @Option(names = "--profile", paramLabel = "P", defaultValue = "standard", converter = OptionValues.ProfileId.class,
            description = {
                "smoke: every combination once, tiny iterations (wiring check, < 5 min)",
                "quick: depths 1,4,8,12,16,20, three forks (~13 min with --include",
                "  OpaqueChainBenchmark, ~30 min without)",
                "standard: depths 1..4,6..16 by 2,20,50,100, one fork (<= 45 min; the default);",
                "  plus five strategies under C1 and the interpreter at depths 1,5,10,15,20",
                "  (~200 forks) and the cold start, six fresh JVMs per set (180 forks); the orm:",
                "  EAGER of five strategies against the reference's SYNC on memory and postgres and",
                "  with 4 and 8 service layers, five forks a point",
                "full: standard's chain and cold start, every strategy under C1 and the",
                "  interpreter; the orm: EAGER of the same five",
                "  against the reference's SYNC on memory, h2 and postgres at hit ratios",
                "  0,0.5,0.9,0.99,1 and with k = 0,2,4,8 service layers, five forks a point",
                "  (<= 90 min with --load); more depths or forks on request (--depth, quick)",
                "gate: depths 1 and 20, six forks (the regression gate's design; eager gate)",
                "flame: one depth, for eager profile"})
    Profile profile;

    @Option(names = "--include", paramLabel = "REGEX", converter = OptionValues.Regex.class,
            description = "only benchmarks whose full name (e.g. dev.eager.harness.ChainBenchmark.chain) contains"
                    + " a match of REGEX")
    Pattern include;

    @Mixin
    SharedOptions.RunsFolder runs;

    @Mixin
    SharedOptions.Repository repository;

    @Option(names = "--command", paramLabel = "TEXT",
            description = "the command line the manifest records (default: this one)")
    String command;

    @Option(names = "--dry-run", description = "print the plan and its estimated wall time; run nothing")
    boolean dryRun;

    @Option(names = "--strategy", paramLabel = "S", split = ",", converter = OptionValues.Strategy.class,
            description = "only these strategies (default: every registered one; narrows the orm too)")
    List<String> strategies;

    @Option(names = "--mode", paramLabel = "M", split = ",",
            description = "only these of SYNC, EAGER, ASYNC (SYNC still only where a strategy has sync code)")
    List<Mode> modes;

    @Option(names = "--depth", paramLabel = "D", split = ",", converter = OptionValues.Positive.class,
            description = "these depths instead of the profile's")
    List<Integer> depths;

    @Option(names = "--shape", paramLabel = "S", split = ",",
            description = "only these of METHODS, CLASSES (default both; each only for the strategies whose"
                    + " chain comes in it)")
    List<Shape> shapes;

    @Option(names = "--tier", paramLabel = "T", split = ",",
            description = "only these JIT tiers of C2, C1, INTERPRETER (default: C2 for every strategy, C1 and"
                    + " INTERPRETER for the profile's tier strategies at its tier depths, SYNC and EAGER only; no cold"
                    + " start under a tier selection)")
    List<Tier> tiers;

    @Option(names = "--prof", paramLabel = "NAME[:OPTIONS]",
            description = "an extra JMH profiler besides gc, e.g. async:event=itimer;output=flamegraph;dir={run}/flame"
                    + " ({run} is replaced by the run folder); repeatable")
    List<String> profilers = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S", description = "the seed of the fork order (default: drawn; recorded in"
            + " the manifest)")
    Long seed;

    @Option(names = "--load", description = "when the benchmarks are done, also run the open-loop load harness (the"
            + " orm's findById for every strategy and mode at two or more rates, per server: h2 and postgres, memory"
            + " standing in where no cluster is configured) into the run folder (load-summary.json and .hlog files);"
            + " smoke and quick: h2 only, 1 s per cell; standard: two rates, 3 s per cell; full: three rates, 3 s; none for gate"
            + " and flame")
    boolean load;

    @Option(names = "--report", description = "when the run is complete, render its report (eager report render RUN)"
            + " into RUN/report/ and print the path of its index.html before the run folder")
    boolean report;

    @Option(names = "--list-strategies", description = "print each registered strategy and whether it has sync code;"
            + " run nothing")
    boolean listStrategies;

    @Spec
    CommandSpec spec;

    Bench() {
    }

    /** The command line, parsed. */
    record Arguments(Profile profile, Pattern include, Path out, Path repo, String command, boolean dryRun,
            RunPlan.Selection selection, List<String> profilers, boolean listStrategies, Long seed, boolean report,
            boolean load) {
        /** Parses {@code args} as {@code eager bench} does; bad input is a {@link ParameterException}. */
        static Arguments parse(String... args) {
            CommandLine cli = new CommandLine(new Bench());
            cli.parseArgs(args);
            return cli.<Bench>getCommand().arguments("eager bench " + String.join(" ", args));
        }

        Predicate<String> includes() {
            return include == null ? name -> true : name -> include.matcher(name).find();
        }
    }

    private Arguments arguments(String typed) {
        return new Arguments(profile, include, runs.out, repository.repo, command != null ? command : typed, dryRun,
                new RunPlan.Selection(strategies, modes, depths, shapes, tiers), List.copyOf(profilers), listStrategies, seed,
                report, load);
    }

    /** Runs {@code eager bench ARGS} in-process and returns its exit code. */
    static int run(String... args) {
        return CommandErrors.install(new CommandLine(new Bench()).setCommandName("eager bench")).execute(args);
    }

    @Override
    public Integer call() {
        Arguments arguments = arguments(EagerCommand.typed(spec));
        if (arguments.listStrategies()) {
            RunPlan.Strategy.registered().forEach(s -> System.out.println(s.name() + (s.hasSync() ? " sync" : " nosync")));
            return OK;
        }
        RunPlan plan = RunPlan.of(arguments.profile(), RunPlan.Strategy.registered(), availableBenchmarks(),
                arguments.includes(), arguments.selection());
        if (plan.parts().isEmpty()) {
            throw new BadInput("nothing to run: no benchmark matches --include '" + arguments.include()
                    + "' with " + arguments.selection() + " (SYNC runs only where a strategy has sync code)");
        }
        if (arguments.dryRun()) {
            describe(plan, System.out);
            return OK;
        }
        try {
            return measure(arguments, plan);
        } catch (IOException e) {
            System.err.println("eager bench: " + e.getMessage());
            return FAILED;
        }
    }

    /** Every benchmark method in the jar, with how many parameter sets its annotations give it. */
    static Map<String, Integer> availableBenchmarks() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().getAll(silent(), List.of())) {
            int sets = entry.getParams().hasValue()
                    ? entry.getParams().get().values().stream().mapToInt(v -> v.length).reduce(1, (a, b) -> a * b)
                    : 1;
            out.put(entry.getUsername(), sets);
        }
        return out;
    }

    private static int measure(Arguments arguments, RunPlan plan) throws IOException {
        Instant start = Instant.now();
        String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-" + plan.profile().id();
        Path folder = arguments.out().resolve(runId);
        if (Files.exists(folder)) {
            throw new IOException(folder + ": already exists (two runs in one second?)");
        }
        Files.createDirectories(folder);

        List<JmhResult> results = new ArrayList<>();
        boolean complete = false;
        int reportCode = OK;
        MainJobLoad.Outcome load = null;
        long seed = arguments.seed() != null ? arguments.seed() : System.nanoTime() & 0x7fffffff;
        Map<String, Object> postgresStatus = null;
        try (OutputStream log = new FileOutputStream(folder.resolve("bench.log").toFile());
                PrintStream out = new PrintStream(new Tee(System.out, log), true, StandardCharsets.UTF_8)) {
            OutputFormat jmhOut = OutputFormatFactory.createFormatInstance(out, VerboseMode.NORMAL);
            describe(plan, out);
            try (JmhLock lock = JmhLock.acquire(out, LOCK_PATIENCE)) {
                if (lock == null) {
                    throw new RunnerException("another JMH run held " + JmhLock.file() + " for over "
                            + minutes(LOCK_PATIENCE.toSeconds()));
                }
                start = Instant.now();
                boolean loadOnPostgres = arguments.load() && MainJobLoad.usesPostgres(plan.profile().id());
                try (PostgresCluster postgres = plan.measuresOn("postgres") || loadOnPostgres
                        ? startPostgres(arguments, runId) : null) {
                    RunPlan measured = plan;
                    List<String> ormFlags = List.of();
                    if (postgres != null) {
                        out.println("[bench] " + postgres.line());
                        postgresStatus = postgres.describe();
                        measured = postgres.running() ? plan : plan.withoutServer("postgres");
                        ormFlags = postgres.forkFlags();
                    }
                    interleaved(measured, arguments, seed, folder, out, jmhOut, start, results, ormFlags);
                    if (arguments.load()) {
                        // Still under JMH's lock, and with the run's cluster still up: the load is a measurement too.
                        load = load(plan.profile(), folder, out, postgres);
                    }
                }
                complete = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                out.println("[bench] interrupted while waiting for another JMH run");
            } catch (RunnerException | dev.eager.report.BadInput e) {
                out.println("[bench] the run failed: " + e.getMessage()
                        + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            } finally {
                Instant end = Instant.now();
                // The JVM flags of each tier besides C2 (the default, none), as its forks got them.
                Map<String, List<String>> tierFlags = new LinkedHashMap<>();
                plan.parts().forEach(p -> p.params().getOrDefault("tier", List.of())
                        .forEach(t -> tierFlags.put(t, p.jvmArgs())));
                Manifest.Builder described = Manifest.builder(runId, plan.profile().id())
                        .git(Manifest.GitState.of(arguments.repo()))
                        .machine(ForkFlags.everyFork(), Version.getPlainVersion())
                        .span(arguments.command(), start, end, complete)
                        // Forks ran in rounds, each round's order drawn from this seed.
                        .put("rounds", plan.rounds())
                        .put("seed", seed)
                        .put("ormForks", plan.profile().orm().forks());
                if (!tierFlags.isEmpty()) {
                    described.put("tierFlags", tierFlags);
                }
                if (load != null) {
                    described.put("load", load.describe());
                }
                if (postgresStatus != null) {
                    described.put("postgres", postgresStatus); // started (its version) or skipped (why)
                }
                Manifest manifest = described.build();
                RunFolder.write(folder, manifest, results);
                out.printf("[bench] %s in %s: %d results%n", complete ? "finished" : "INCOMPLETE",
                        minutes(Duration.between(start, end).toSeconds()), results.size());
                if (complete && arguments.report()) {
                    // The folder this run wrote, not the newest one under results/runs.
                    out.println("[bench] rendering the report of " + folder + "; index.html:");
                    reportCode = dev.eager.report.EagerReport.run("render", folder.toString());
                }
                out.println(folder);
            }
        }
        return !complete ? FAILED : reportCode != OK ? BAD_INPUT : OK;
    }

    /** The main job's load ({@code --load}), timed and said in the log; a failed cell does not fail the run. */
    private static MainJobLoad.Outcome load(Profile profile, Path folder, PrintStream out,
            PostgresCluster postgres) {
        Instant start = Instant.now();
        // The load runs in this JVM: it finds the run's cluster the way the orm's forks do.
        if (postgres != null && postgres.running()) {
            System.setProperty(OrmServers.POSTGRES_DIR_PROPERTY, postgres.dir().toString());
        }
        out.println("[bench] load (open loop, orm findById) for profile " + profile.id());
        try {
            var outcome = MainJobLoad.run(profile.id(), folder, out);
            out.printf("[bench] load done in %s: %s%s%n", minutes(Duration.between(start, Instant.now()).toSeconds()),
                    outcome.measured().isEmpty() ? "nothing for this profile" : outcome.measured(),
                    outcome.skipped().isEmpty() ? "" : "; skipped " + outcome.skipped());
            return outcome;
        } catch (IOException | RuntimeException e) {
            out.println("[bench] load failed: " + e);
            return new MainJobLoad.Outcome(1, List.of(), Map.of("all", e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("[bench] load interrupted");
            return new MainJobLoad.Outcome(1, List.of(), Map.of("all", "interrupted"));
        } finally {
            System.clearProperty(OrmServers.POSTGRES_DIR_PROPERTY);
        }
    }

    /**
     * Runs the plan's forks in rounds: each round one fork of every unit (a parameter set, see
     * {@link RunPlan.Part#units()}), the units in an order drawn from {@code seed} and the round, so
     * that a slow spell of the shared machine falls on every series alike instead of on one point's
     * forks run back to back. JMH writes each unit's fork to a scratch file; adds to {@code results}
     * one result per parameter set with its forks in round order, merged by the run-folder format
     * (what was measured, also when a fork fails).
     */
    private static void interleaved(RunPlan plan, Arguments arguments, long seed, Path folder, PrintStream out,
            OutputFormat jmhOut, Instant start, List<JmhResult> results, List<String> ormFlags)
            throws RunnerException, IOException {
        List<RunPlan.Part> units = plan.parts().stream().flatMap(p -> p.units().stream()).toList();
        int rounds = plan.rounds();
        int total = plan.forks();
        Map<String, List<JmhResult>> forks = new LinkedHashMap<>();
        Map<String, Integer> unitOf = new LinkedHashMap<>();
        Path scratch = Files.createTempFile("bench-fork", ".json");
        try {
            int done = 0;
            for (int round = 0; round < rounds; round++) {
                List<RunPlan.Part> order = new ArrayList<>();
                for (int u = 0; u < units.size(); u++) {
                    if (runsInRound(u, units.get(u).rounds(plan.profile()), round, rounds)) {
                        order.add(units.get(u));
                    }
                }
                Collections.shuffle(order, new Random(seed + round));
                for (int i = 0; i < order.size(); i++) {
                    RunPlan.Part unit = order.get(i);
                    out.printf("[bench] round %d/%d, %d/%d: %s; elapsed %s, run ETA %s%n", round + 1, rounds, i + 1,
                            order.size(), unit.title(), minutes(Duration.between(start, Instant.now()).toSeconds()),
                            minutes(remaining(plan, start, done, total)));
                    ChainedOptionsBuilder options = options(plan.profile(), unit, unit.isOrm() ? ormFlags : List.of())
                            .forks(unit.forksPerRound())
                            .result(scratch.toString()).resultFormat(ResultFormatType.JSON);
                    for (String spec : arguments.profilers()) {
                        addProfiler(options, spec.replace("{run}", folder.toAbsolutePath().toString()));
                    }
                    Files.deleteIfExists(scratch);
                    new Runner(options.build(), jmhOut).run();
                    for (JmhResult fork : JmhJson.read(scratch)) {
                        forks.computeIfAbsent(fork.key(), k -> new ArrayList<>()).add(fork);
                        unitOf.putIfAbsent(fork.key(), units.indexOf(unit));
                    }
                    done += unit.parameterSets() * unit.forksPerRound();
                }
            }
        } finally {
            Files.deleteIfExists(scratch);
            // In the plan's order (the registry's), whatever order the rounds ran in.
            List<String> planOrder = new ArrayList<>(forks.keySet());
            planOrder.sort(java.util.Comparator.comparingInt(unitOf::get));
            planOrder.forEach(key -> results.add(JmhJson.merge(forks.get(key))));
        }
    }

    /**
     * Whether unit number {@code unit}, of {@code forks} forks, runs in {@code round} of {@code
     * rounds}: every round when it has as many forks as there are rounds, else {@code forks}
     * consecutive rounds starting at its number modulo the rounds, so that a profile's one-fork
     * chain points spread evenly over the rounds its five-fork orm points need.
     */
    static boolean runsInRound(int unit, int forks, int round, int rounds) {
        return Math.floorMod(round - unit, rounds) < Math.min(forks, rounds);
    }

    /** The run's own PostgreSQL cluster, in a folder named after the run (never a developer's default one). */
    private static PostgresCluster startPostgres(Arguments arguments, String runId) {
        return PostgresCluster.start(arguments.repo().resolve("scripts").resolve("postgres").toAbsolutePath(),
                Path.of(System.getProperty("java.io.tmpdir"), "eager-postgres-" + runId));
    }

    /**
     * JMH options for one part. Only the base JVM flags are set here: setting {@code
     * jvmArgsAppend} would replace the classes' own (the opaque chain's dontinline among them).
     */
    static ChainedOptionsBuilder options(Profile profile, RunPlan.Part part) {
        return options(profile, part, List.of());
    }

    /** As {@link #options(Profile, RunPlan.Part)}, with {@code extraFlags} last (e.g. where the run's cluster is). */
    static ChainedOptionsBuilder options(Profile profile, RunPlan.Part part, List<String> extraFlags) {
        Profile.Iterations iterations = part.iterations(profile);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .warmupIterations(iterations.warmupIterations())
                .measurementIterations(iterations.measurementIterations())
                .forks(part.rounds(profile))
                // A tier's flags after the base: still jvmArgs, so that the classes' own appended flags survive.
                .jvmArgs(Stream.of(ForkFlags.BASE, part.jvmArgs(), extraFlags).flatMap(List::stream)
                        .toArray(String[]::new))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true);
        // A single shot has no iteration time.
        if (iterations.warmupMillis() > 0) {
            options.warmupTime(TimeValue.milliseconds(iterations.warmupMillis()));
        }
        if (iterations.measurementMillis() > 0) {
            options.measurementTime(TimeValue.milliseconds(iterations.measurementMillis()));
        }
        if (part.benchmarks().stream().anyMatch(b -> RunPlan.kind(b) == BenchmarkKind.COLD_START)) {
            options.addProfiler(ColdCallProfiler.class);
        }
        for (String benchmark : part.benchmarks()) {
            options.include("^" + Pattern.quote(benchmark) + "$");
        }
        part.params().forEach((name, values) -> options.param(name, values.toArray(String[]::new)));
        return options;
    }

    /** {@code NAME[:OPTIONS]}, as JMH's {@code -prof}. */
    private static void addProfiler(ChainedOptionsBuilder options, String spec) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            options.addProfiler(spec);
        } else {
            options.addProfiler(spec.substring(0, colon), spec.substring(colon + 1));
        }
    }

    private static void describe(RunPlan plan, PrintStream out) {
        Profile p = plan.profile();
        out.printf("[bench] profile %s: %d warm-up x %d ms, %d measured x %d ms, %d fork(s), depths %s, -prof gc%n",
                p.id(), p.warmupIterations(), p.warmupMillis(), p.measurementIterations(), p.measurementMillis(),
                p.forks(), p.depths());
        for (RunPlan.Part part : plan.parts()) {
            Profile.Iterations it = part.iterations(p);
            String forking = (part.forksPerRound() > 1 ? ", " + part.forksPerRound() + " forks per round" : "")
                    + (part.rounds(p) == p.forks() ? "" : ", in " + part.rounds(p) + " rounds")
                    + (part.jvmArgs().isEmpty() ? "" : ", flags " + part.jvmArgs())
                    + (it.equals(p.iterations()) ? "" : ", " + it.warmupIterations() + " warm-up x "
                            + it.measurementIterations() + " measured");
            out.printf("[bench]   %s: %d parameter sets over %s%s%s; ~%s%n", part.title(), part.parameterSets(),
                    part.benchmarks(), part.params().isEmpty() ? "" : " " + part.params(), forking,
                    minutes((long) part.estimatedSeconds(p, FORK_STARTUP_SECONDS)));
        }
        if (plan.measuresOn("postgres")) {
            out.println("[bench] postgres: the run starts a throw-away cluster with scripts/postgres (skipped, and"
                    + " said so, where the server's binaries are missing)");
        }
        out.printf("[bench] %d parameter sets, %d forks in %d rounds, estimated %s, the orm's %d forks %s"
                        + " (at ~%.1f s per fork start-up, +%.1f s per orm fork for its server)%n",
                plan.parameterSets(), plan.forks(), plan.rounds(),
                minutes((long) plan.estimatedSeconds(FORK_STARTUP_SECONDS)),
                plan.parts().stream().filter(RunPlan.Part::isOrm).mapToInt(q -> q.forks(plan.profile())).sum(),
                minutes((long) plan.estimatedOrmSeconds(FORK_STARTUP_SECONDS)), FORK_STARTUP_SECONDS,
                RunPlan.ORM_SERVER_SECONDS);
    }

    /** What is left, from the pace so far once there is one, else from the estimate. */
    private static long remaining(RunPlan plan, Instant start, int done, int total) {
        long elapsed = Duration.between(start, Instant.now()).toSeconds();
        int left = total - done;
        if (done == 0) {
            return (long) plan.estimatedSeconds(FORK_STARTUP_SECONDS);
        }
        return elapsed * left / done;
    }

    static String minutes(long seconds) {
        return String.format("%dm%02ds", seconds / 60, seconds % 60);
    }

    private static OutputFormat silent() {
        return OutputFormatFactory.createFormatInstance(
                new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), VerboseMode.SILENT);
    }

    /** Everything JMH prints goes to the console and to the run's log. */
    private static final class Tee extends OutputStream {
        private final List<OutputStream> targets;

        Tee(OutputStream... targets) {
            this.targets = Arrays.asList(targets);
        }

        @Override
        public void write(int b) throws IOException {
            for (OutputStream t : targets) {
                t.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (OutputStream t : targets) {
                t.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            for (OutputStream t : targets) {
                t.flush();
            }
        }
    }
}
