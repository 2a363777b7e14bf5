package dev.eager.harness;

import dev.eager.core.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code eager profile}: flame graphs of the chain benchmark with async-profiler, through JMH's
 * {@code -prof async}, as one {@link Bench} run of profile {@code flame}.
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
        header = "Flame graphs of the chain benchmark (async-profiler).",
        description = {
            "Flame graphs (HTML) of the chain benchmark with async-profiler, through JMH's -prof async.",
            "Profiles the chain benchmark of strategy S (or every registered strategy: all) in one",
            "mode at one depth, and writes one flame graph per strategy into a run folder",
            "DIR/<yyyyMMdd-HHmmss>-flame/flame/<benchmark and params>/flame-<event>-{forward,reverse}.html,",
            "beside jmh-result.json, manifest.json and bench.log. The last line printed is the run folder.",
            "The native library is linux-x64/libasyncProfiler.so from the Maven artifact",
            "tools.profiler:async-profiler, shaded into benchmarks.jar. The event is cpu (perf events)",
            "where the kernel allows it, else itimer."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the run failed or was incomplete", "2:bad usage"})
public final class FlameGraphCommand implements Callable<Integer> {
    /** Which chain benchmark: every layer a real call, or inlined as the JIT likes. */
    enum Layers { opaque, inlined }

    static final String LIBRARY = "linux-x64/libasyncProfiler.so";

    @Option(names = "--strategy", required = true, paramLabel = "S",
            description = "a registered strategy, or all (SYNC skips strategies without sync code)")
    String strategy;

    @Option(names = "--mode", required = true, paramLabel = "M", description = "SYNC, EAGER or ASYNC")
    Mode mode;

    @Option(names = "--depth", paramLabel = "D", defaultValue = "10", description = "layers above the leaf (default 10)")
    int depth;

    @Option(names = "--layers", paramLabel = "L", defaultValue = "opaque",
            description = "opaque (layer methods not inlined, the default: every layer shows) or inlined")
    Layers layers;

    @Mixin
    SharedOptions.RunsFolder runs;

    @Option(names = "--dry-run", description = "print the plan and the profiler's settings; run nothing")
    boolean dryRun;

    private FlameGraphCommand() {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path library = nativeLibrary();
        if (dryRun) {
            System.err.println("[profile] dry run: the event (cpu, else itimer) is probed when it runs");
            return Bench.run(benchArguments(library, "cpu").toArray(String[]::new));
        }
        String event = Probe.perfEventsWork(library) ? "cpu" : "itimer";
        System.err.println("[profile] async-profiler event: " + event);
        return Bench.run(benchArguments(library, event).toArray(String[]::new));
    }

    /** The bench run this profile is: profile flame, one benchmark, one mode and depth, -prof async. */
    List<String> benchArguments(Path library, String event) {
        String benchmark = (layers == Layers.opaque ? OpaqueChainBenchmark.class : InlinedChainBenchmark.class).getName()
                + ".chain";
        List<String> args = new ArrayList<>(List.of("--profile", "flame", "--include", "^" + Pattern.quote(benchmark) + "$",
                "--mode", mode.name(), "--depth", String.valueOf(depth), "--out", runs.out.toString(),
                "--prof", "async:libPath=" + library + ";event=" + event + ";output=flamegraph;direction=both;dir={run}/flame",
                "--command", "eager profile --strategy " + strategy + " --mode " + mode + " --depth " + depth
                        + " --layers " + layers));
        if (!strategy.equals("all")) {
            args.addAll(List.of("--strategy", strategy));
        }
        if (dryRun) {
            args.add("--dry-run");
        }
        return args;
    }

    /**
     * The native library, copied out of the jar this class came from (next to it, once per jar
     * build) so that the forks can load it by path.
     */
    static Path nativeLibrary() throws IOException {
        Path home;
        try {
            home = Path.of(FlameGraphCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the benchmarks jar: " + e.getMessage());
        }
        Path library = home.resolveSibling("async-profiler").resolve(LIBRARY);
        if (Files.isRegularFile(library) && Files.getLastModifiedTime(library).compareTo(Files.getLastModifiedTime(home)) >= 0) {
            return library;
        }
        try (InputStream in = FlameGraphCommand.class.getClassLoader().getResourceAsStream(LIBRARY)) {
            if (in == null) {
                throw new dev.eager.report.BadInput("the benchmarks jar has no " + LIBRARY
                        + " (is tools.profiler:async-profiler a harness dependency?)");
            }
            Files.createDirectories(library.getParent());
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
        return library;
    }

    /** Whether async-profiler can sample with perf events here (a container or kernel may forbid them). */
    static final class Probe {
        private Probe() {
        }

        static boolean perfEventsWork(Path library) throws IOException, InterruptedException {
            Path dir = Files.createTempDirectory("eager-profile-probe");
            try {
                String java = ProcessHandle.current().info().command()
                        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                Process p = new ProcessBuilder(java, "-agentpath:" + library + "=start,event=cpu,interval=1ms,file="
                        + dir.resolve("probe.txt") + ",collapsed", "-XX:TieredStopAtLevel=1", "-version")
                        .redirectErrorStream(true).start();
                String output = new String(p.getInputStream().readAllBytes());
                return p.waitFor() == 0 && !Pattern.compile("perf events unavailable|perf_event_open|no access to perf"
                        + "|falling back", Pattern.CASE_INSENSITIVE).matcher(output).find();
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(dir);
            }
        }
    }
}
