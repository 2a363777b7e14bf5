package dev.eager.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A FIXTURE, not a measurement: writes a run folder shaped like the harness's (JMH {@code -rf json}
 * results with {@code -prof gc}, and a manifest) from a chosen cost model per series plus seeded
 * Gaussian noise, so tests know the truth the report must recover.
 */
final class RunFixture {
    /** A series' true cost model: time and bytes per call, fixed and per layer. */
    record Line(String strategy, String mode, String layers, double fixedNs, double slopeNs, double fixedB,
            double slopeB) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Line> lines = new ArrayList<>();
    /** The JIT tier of a line added with {@link #lineUnder}: its results carry a {@code tier} parameter. */
    private final java.util.Map<Line, String> tiers = new java.util.IdentityHashMap<>();
    /** Cold-start results: strategy, mode, calls, and per fork microseconds, bytes, classes. */
    private final List<Object[]> coldStarts = new ArrayList<>();
    private int[] depths = {1, 4, 8, 12, 16, 20, 50, 100};
    private int forks = 2;
    private int iterations = 5;
    private double noise = 0.02;
    private long seed = 1;
    private String jdkVersion = "25.0.1+8-LTS";
    private boolean fixedCost = true;
    private final java.util.Map<String, Double> spikes = new java.util.HashMap<>();
    private final java.util.Map<String, Double> forkSpikes = new java.util.HashMap<>();
    private String commit = "0123456789abcdef";
    private final java.util.Map<String, Double> noisier = new java.util.HashMap<>();
    private final List<OrmPoint> orm = new ArrayList<>();

    /** One orm benchmark result: findById in µs/op (as JMH writes it) and bytes per op. */
    record OrmPoint(String strategy, String mode, String server, double hitRatio, int k, double micros, double bytes) {
    }

    /** The model of a typical run: reference, per-layer control, pay-once strategies, both layer kinds. */
    static RunFixture typical() {
        RunFixture f = new RunFixture();
        for (String layers : List.of("opaque", "inlined")) {
            double call = layers.equals("opaque") ? 1.2 : 0.05;
            f.line(new Line("duplicated", "SYNC", layers, 3, call, 0, 0));
            f.line(new Line("duplicated", "EAGER", layers, 25, call, 16, 0));
            f.line(new Line("duplicated", "ASYNC", layers, 20, 9, 40, 40));
            f.line(new Line("future", "EAGER", layers, 30, 12, 56, 40));
            f.line(new Line("future", "ASYNC", layers, 20, 10, 40, 40));
            f.line(new Line("bypass-once", "EAGER", layers, 15, call * 1.05, 16, 0));
            f.line(new Line("continuations", "SYNC", layers, 3, call, 0, 0));
        }
        return f;
    }

    RunFixture line(Line line) {
        lines.add(line);
        return this;
    }

    /** A line measured under a JIT tier ({@code C2}, {@code C1}, {@code INTERPRETER}), passed as JMH's parameter. */
    RunFixture lineUnder(String tier, Line line) {
        lines.add(line);
        tiers.put(line, tier);
        return this;
    }

    /** A cold-start result (ColdStartBenchmark, single shot): one value per fork. */
    RunFixture coldStart(String strategy, String mode, int calls, double[] micros, double[] bytes, double[] classes) {
        coldStarts.add(new Object[] {strategy, mode, calls, micros, bytes, classes});
        return this;
    }

    /** Replaces the line of {@code strategy mode} over every kind of layers. */
    RunFixture change(String strategy, String mode, java.util.function.UnaryOperator<Line> change) {
        lines.replaceAll(l -> l.strategy().equals(strategy) && l.mode().equals(mode) ? change.apply(l) : l);
        return this;
    }

    /** Multiplies one depth's time of {@code strategy mode}: a one-fork fluke. */
    RunFixture spike(String strategy, String mode, int depth, double factor) {
        spikes.put(strategy + " " + mode + " " + depth, factor);
        return this;
    }

    /** Multiplies one fork's time of {@code strategy mode} at one depth (forks from 0): an odd JVM. */
    RunFixture spikeFork(String strategy, String mode, int depth, int fork, double factor) {
        forkSpikes.put(strategy + " " + mode + " " + depth + " " + fork, factor);
        return this;
    }

    /**
     * The gate's design: depths 1 and 20, six forks (rounds) each, opaque layers only (the gate
     * measures no inlined series: a per-layer cost of 0.05 ns has no change worth a ratio).
     */
    RunFixture gateDesign() {
        lines.removeIf(l -> !l.layers().equals("opaque"));
        return depths(1, 20).forks(6);
    }

    /** Gives {@code strategy mode}'s time and bytes this relative noise per iteration instead of the run's. */
    RunFixture noisy(String strategy, String mode, double relativeNoise) {
        noisier.put(strategy + " " + mode, relativeNoise);
        return this;
    }

    /** Adds an orm benchmark result. */
    RunFixture orm(OrmPoint point) {
        orm.add(point);
        return this;
    }

    RunFixture forks(int forks) {
        this.forks = forks;
        return this;
    }

    RunFixture commit(String commit) {
        this.commit = commit;
        return this;
    }

    /** Keeps only the lines of these "strategy MODE" pairs (a confirmation measures a few series). */
    RunFixture only(String... series) {
        java.util.List<String> keep = java.util.List.of(series);
        lines.removeIf(l -> !keep.contains(l.strategy() + " " + l.mode()));
        fixedCost = false;
        return this;
    }

    RunFixture depths(int... depths) {
        this.depths = depths;
        return this;
    }

    RunFixture seed(long seed) {
        this.seed = seed;
        return this;
    }

    RunFixture noise(double noise) {
        this.noise = noise;
        return this;
    }

    RunFixture jdk(String version) {
        this.jdkVersion = version;
        return this;
    }

    /** Writes {@code jmh-result.json} and {@code manifest.json} into {@code folder}, through the run-folder format. */
    Path writeTo(Path folder) {
        Random random = new Random(seed);
        List<JmhResult> results = new ArrayList<>();
        for (Line line : lines) {
            String benchmark = line.layers().startsWith("opaque") ? "dev.eager.harness.OpaqueChainBenchmark.run"
                    : "dev.eager.harness.InlinedChainBenchmark.run";
            for (int depth : depths) {
                Map<String, String> params = new LinkedHashMap<>();
                params.put("depth", String.valueOf(depth));
                // "opaque-classes": the CLASSES shape over opaque layers, as the harness writes it.
                boolean classes = line.layers().endsWith("-classes");
                params.put("layers", classes ? line.layers().substring(0, line.layers().indexOf('-')) : line.layers());
                if (classes) {
                    params.put("shape", "CLASSES");
                }
                params.put("mode", line.mode());
                params.put("strategy", line.strategy());
                if (tiers.containsKey(line)) {
                    params.put("tier", tiers.get(line));
                }
                String point = line.strategy() + " " + line.mode() + " " + depth;
                double time = (line.fixedNs() + line.slopeNs() * depth) * spikes.getOrDefault(point, 1.0);
                Double own = noisier.get(line.strategy() + " " + line.mode());
                JmhScore primary = score("ns/op", time, own != null ? own : noise, random, point);
                double bytes = line.fixedB() + line.slopeB() * depth;
                results.add(result(benchmark, params, primary, score("B/op", bytes, own != null ? own : 0, random, null)));
            }
        }
        for (OrmPoint o : orm) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("hitRatio", String.valueOf(o.hitRatio()));
            params.put("k", String.valueOf(o.k()));
            params.put("mode", o.mode());
            params.put("server", o.server());
            params.put("strategy", o.strategy());
            results.add(result("dev.eager.harness.load.OrmBenchmark.findById", params,
                    score("us/op", o.micros(), noise, random, null), score("B/op", o.bytes(), 0, random, null)));
        }
        for (Object[] c : coldStarts) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("calls", String.valueOf(c[2]));
            params.put("depth", "10");
            params.put("mode", (String) c[1]);
            params.put("strategy", (String) c[0]);
            ObjectNode other = JSON.createObjectNode();
            other.put("jmhVersion", "1.37");
            other.put("mode", "ss");
            results.add(new JmhResult("dev.eager.harness.ColdStartBenchmark.firstCalls", params, List.of(),
                    perFork("us/op", (double[]) c[3]), Map.of("cold.alloc.bytes", perFork("B", (double[]) c[4]),
                            "cold.classes.loaded", perFork("classes", (double[]) c[5])), other));
        }
        if (fixedCost) {
            results.add(result("dev.eager.harness.EagerEntryBenchmark.enter", Map.of("carrier", "scoped-value"),
                    score("ns/op", 6.5, noise, random, null), score("B/op", 0, 0, random, null)));
        }
        Manifest manifest = Manifest.builder(folder.getFileName().toString(), "quick")
                .git(new Manifest.GitState(commit, false))
                .put("jdk", Map.of("vendor", "Eclipse Adoptium", "version", jdkVersion,
                        "home", "/usr/lib/jvm/temurin-25-jdk-amd64"))
                .put("cores", 2)
                .put("cpuModel", "fixture CPU")
                .put("jmhVersion", "1.37")
                .build();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RunFolder.write(folder, manifest, results);
        return folder;
    }

    /** A single-shot metric: one value per fork. */
    private static JmhScore perFork(String unit, double[] values) {
        double[][] forks = new double[values.length][];
        for (int f = 0; f < values.length; f++) {
            forks[f] = new double[] {values[f]};
        }
        return new JmhScore(java.util.Arrays.stream(values).average().orElse(0), Double.NaN, unit, forks,
                JSON.createObjectNode());
    }

    private static JmhResult result(String benchmark, Map<String, String> params, JmhScore time, JmhScore alloc) {
        ObjectNode other = JSON.createObjectNode();
        other.put("jmhVersion", "1.37");
        other.put("mode", "avgt");
        return new JmhResult(benchmark, params, List.of(), time, Map.of(JmhResult.ALLOC_METRIC, alloc), other);
    }

    private JmhScore score(String unit, double truth, double relativeNoise, Random random, String point) {
        double[][] raw = new double[forks][iterations];
        double sum = 0;
        for (int f = 0; f < forks; f++) {
            double forkFactor = point == null ? 1 : forkSpikes.getOrDefault(point + " " + f, 1.0);
            for (int i = 0; i < iterations; i++) {
                raw[f][i] = truth * forkFactor * (1 + relativeNoise * random.nextGaussian());
                sum += raw[f][i];
            }
        }
        return new JmhScore(sum / (forks * iterations), truth * relativeNoise, unit, raw, JSON.createObjectNode());
    }

    /** Rewrites the results of {@code run} through the format, {@code change} applied to each. */
    static void rewrite(Path run, java.util.function.UnaryOperator<JmhResult> change) {
        JmhJson.write(RunFolder.results(run).stream().map(change).toList(), run.resolve(RunFolder.RESULTS));
    }

    /** {@code r} with {@code ns} more time and {@code bytes} more allocation per op, in every iteration. */
    static JmhResult raised(JmhResult r, double ns, double bytes) {
        Map<String, JmhScore> secondary = new LinkedHashMap<>(r.secondary());
        secondary.computeIfPresent(JmhResult.ALLOC_METRIC, (k, s) -> plus(s, bytes));
        return new JmhResult(r.benchmark(), r.params(), r.jvmArgs(), plus(r.primary(), ns), secondary, r.other());
    }

    /** {@code r} with {@code bytes} more allocation per op in one fork only (forks from 0): a JVM at another level. */
    static JmhResult raisedFork(JmhResult r, int fork, double bytes) {
        Map<String, JmhScore> secondary = new LinkedHashMap<>(r.secondary());
        secondary.computeIfPresent(JmhResult.ALLOC_METRIC, (k, s) -> {
            double[][] forks = s.forks().clone();
            forks[fork] = java.util.Arrays.stream(forks[fork]).map(v -> v + bytes).toArray();
            return new JmhScore(s.score(), s.error(), s.unit(), forks, s.other());
        });
        return new JmhResult(r.benchmark(), r.params(), r.jvmArgs(), r.primary(), secondary, r.other());
    }

    private static JmhScore plus(JmhScore s, double by) {
        double[][] forks = java.util.Arrays.stream(s.forks())
                .map(f -> java.util.Arrays.stream(f).map(v -> v + by).toArray()).toArray(double[][]::new);
        return new JmhScore(s.score() + by, s.error(), s.unit(), forks, s.other());
    }
}
