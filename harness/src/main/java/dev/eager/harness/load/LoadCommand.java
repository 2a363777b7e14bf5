package dev.eager.harness.load;

import dev.eager.core.Mode;
import dev.eager.report.LoadSummary;
import dev.eager.report.Manifest;
import dev.eager.workload.Workloads;
import dev.eager.workload.orm.OrmServers;
import dev.eager.workload.orm.OrmStack;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.HdrHistogram.Recorder;
import dev.eager.report.BadInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eager load}: the orm workload at constant request rates, per strategy and mode, as a {@link LoadPlan}. */
@Command(name = "load", mixinStandardHelpOptions = true,
        header = "The orm workload at constant request rates, open loop.",
        description = {
            "The orm workload at constant request rates, open loop. Drives the orm workload's",
            "findById for every strategy (that has an orm stack) and mode: latency from each",
            "request's intended start (corrected for coordinated omission), at most --concurrency",
            "requests in flight, each cell bounded in time, loopback only. Writes one",
            "HdrHistogram log per cell and load-summary.json (sent == ok + failed per cell) to",
            "results/runs/<yyyyMMdd-HHmmss>-load-<profile>/ and prints that folder as its last line.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a cell failed to run", "2:bad arguments"})
public final class LoadCommand implements java.util.concurrent.Callable<Integer> {
    static final int OK = 0;
    static final int CELL_FAILED = 1;
    static final int BAD_INPUT = 2;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "smoke",
            description = {"smoke: rate 200/s, 3 s per cell after 1 s warm-up (default)",
                "standard: rates 250, 1000, 2000/s, 20 s per cell after 5 s warm-up"})
    String profile;

    @Option(names = "--server", paramLabel = "S", defaultValue = "h2",
            description = "h2 (default), postgres (start it with scripts/postgres start), memory")
    String server;

    @Option(names = "--rate", paramLabel = "R", arity = "1..*",
            description = "requests per second, one or more (replaces the profile's)")
    List<Integer> rates = new ArrayList<>();

    @Option(names = "--duration", paramLabel = "S", description = "measured seconds per cell")
    Integer seconds;

    @Option(names = "--warmup", paramLabel = "S", description = "unmeasured seconds per cell before measuring")
    Integer warmup;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8",
            description = "requests in flight at most (default 8)")
    int concurrency;

    @Option(names = "--hit-ratio", paramLabel = "F", defaultValue = "0",
            description = "fraction 0..1 of lookups the result cache may answer (default 0)")
    double hitRatio;

    @Option(names = "--strategy", paramLabel = "NAME", arity = "1..*",
            description = "only these strategies (default: all)")
    List<String> strategies = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private LoadCommand() {
    }

    /** The plan these options make. */
    LoadPlan plan() {
        return LoadPlan.of(profile, server, rates, seconds, warmup, concurrency, hitRatio, strategies);
    }

    @Override
    public Integer call() throws Exception {
        LoadPlan plan;
        try {
            plan = plan();
        } catch (LoadPlan.BadArguments e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (plan.server().equals("postgres") && !OrmServers.postgresConfigured()) {
            throw new BadInput("--server postgres: no cluster (" + OrmServers.postgresSettingsFile()
                    + " missing): run scripts/postgres start");
        }
        Path root = Path.of(System.getProperty("eager.results", "results/runs"));
        String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-load-" + plan.profile();
        Path folder = root.resolve(runId);
        Files.createDirectories(folder);
        int status = run(plan, folder, runId, dev.eager.harness.EagerCommand.typed(spec));
        System.out.println(folder);
        return status;
    }

    private static int run(LoadPlan plan, Path folder, String runId, String arguments) throws Exception {
        List<String> strategies = plan.strategies().isEmpty() ? Workloads.strategies() : plan.strategies();
        // Written first, so an interrupted run says so; again at the end with its end and outcome.
        Instant start = Instant.now();
        writeManifest(plan, folder, runId, arguments, strategies, start, null, false);
        int status = measure(plan, folder, System.err, new ArrayList<>(), new ArrayList<>());
        writeManifest(plan, folder, runId, arguments, strategies, start, Instant.now(), status == OK);
        return status;
    }

    /**
     * Runs every cell of {@code plan} into {@code folder} (one {@code .hlog} per cell), adding to
     * {@code results} and {@code skipped} and rewriting {@code load-summary.json} from them after each
     * cell, so several plans (one per server) can fill one summary: the main job's load
     * ({@link MainJobLoad}) writes into the benchmark run's folder this way. Returns {@link #OK},
     * {@link #CELL_FAILED} or {@link #BAD_INPUT}.
     */
    static int measure(LoadPlan plan, Path folder, PrintStream log, List<CellResult> results, List<String> skipped)
            throws IOException, InterruptedException {
        log.println("load: " + plan.describe());
        List<String> strategies = plan.strategies().isEmpty() ? Workloads.strategies() : plan.strategies();
        int status = OK;
        for (String strategy : strategies) {
            OrmStack probe;
            try {
                probe = Workloads.orm(strategy, plan.server(), plan.hitRatio());
            } catch (UnsupportedOperationException e) {
                if (!skipped.contains(strategy)) {
                    skipped.add(strategy);
                }
                log.println("load: skip " + strategy + ": " + e.getMessage());
                continue;
            } catch (IllegalArgumentException e) {
                log.println("eager load: --strategy " + strategy + ": " + e.getMessage());
                return BAD_INPUT;
            }
            List<Mode> modes = probe.hasSync() ? List.of(Mode.SYNC, Mode.EAGER, Mode.ASYNC) : List.of(Mode.EAGER, Mode.ASYNC);
            probe.close();
            for (Mode mode : modes) {
                for (int rate : plan.rates()) {
                    try {
                        CellResult result = cell(plan, strategy, mode, rate, folder);
                        results.add(result);
                        log.println("load: " + result.toLine());
                    } catch (RuntimeException e) {
                        log.println("load: " + strategy + " " + mode + " at " + rate + "/s could not run: " + e);
                        status = CELL_FAILED;
                    }
                    writeSummary(folder, results, skipped);
                }
            }
        }
        // Strategies skipped after the last cell (the peers without an orm come last) are said too.
        writeSummary(folder, results, skipped);
        return status;
    }

    private static CellResult cell(LoadPlan plan, String strategy, Mode mode, int rate, Path folder)
            throws IOException, InterruptedException {
        String name = strategy + "-" + mode.name().toLowerCase(java.util.Locale.ROOT) + "-" + plan.server() + "-" + rate;
        Path hlog = folder.resolve(name + ".hlog");
        try (OrmStack stack = Workloads.orm(strategy, plan.server(), plan.hitRatio())) {
            OpenLoop loop = new OpenLoop(stack, mode, plan.concurrency());
            loop.validate();
            if (plan.warmup() > 0) {
                loop.run(rate, TimeUnit.SECONDS.toNanos(plan.warmup()), new Recorder(3), t -> { });
            }
            Recorder recorder = new Recorder(3);
            Histogram total = new Histogram(3);
            HistogramLogWriter writer = new HistogramLogWriter(hlog.toFile());
            try {
                long base = System.currentTimeMillis();
                writer.outputLogFormatVersion();
                writer.outputComment("[" + name + ": findById latency in microseconds from each request's intended start; Interval_Max in seconds]");
                writer.outputStartTime(base);
                writer.setBaseTime(base);
                writer.outputLegend();
                Histogram[] interval = {null};
                long[] counts = loop.run(rate, TimeUnit.SECONDS.toNanos(plan.seconds()), recorder, now -> {
                    interval[0] = recorder.getIntervalHistogram(interval[0]);
                    flush(writer, interval[0], total);
                });
                interval[0] = recorder.getIntervalHistogram(interval[0]);
                flush(writer, interval[0], total);
                return new CellResult(strategy, mode.name(), plan.server(), rate, plan.hitRatio(), counts[0], counts[1], counts[2],
                        total.getValueAtPercentile(50), total.getValueAtPercentile(90), total.getValueAtPercentile(99),
                        total.getValueAtPercentile(99.9), total.getMaxValue(), hlog.getFileName().toString());
            } finally {
                writer.close();
            }
        }
    }

    private static void flush(HistogramLogWriter writer, Histogram interval, Histogram total) {
        if (interval.getTotalCount() > 0) {
            writer.outputIntervalHistogram(interval);
            total.add(interval);
        }
    }

    private static void writeSummary(Path folder, List<CellResult> results, List<String> skipped) {
        new LoadSummary(results.stream().map(CellResult::row).toList(), skipped).write(folder);
    }

    private static void writeManifest(LoadPlan plan, Path folder, String runId, String arguments,
            List<String> strategies, Instant start, Instant end, boolean complete) {
        Manifest.builder(runId, plan.profile())
                .git(Manifest.GitState.of(Path.of(".")))
                // No forks and no JMH: the load runs in this JVM.
                .machine(List.of(), null)
                .span(arguments, start, end, complete)
                .put("kind", "load")
                .put("plan", plan.describe())
                .put("strategies", strategies)
                .build().write(folder);
    }
}
