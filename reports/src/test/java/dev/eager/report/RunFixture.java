package dev.eager.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** The gate's design: depths 1 and 20, six forks (rounds) each. */
    RunFixture gateDesign() {
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

    /** Writes {@code jmh-result.json} and {@code manifest.json} into {@code folder}. */
    Path writeTo(Path folder) {
        Random random = new Random(seed);
        ArrayNode results = JSON.createArrayNode();
        for (Line line : lines) {
            String benchmark = line.layers().startsWith("opaque") ? "dev.eager.harness.OpaqueChainBenchmark.run"
                    : "dev.eager.harness.ChainBenchmark.run";
            for (int depth : depths) {
                ObjectNode r = results.addObject();
                r.put("jmhVersion", "1.37");
                r.put("benchmark", benchmark);
                r.put("mode", "avgt");
                r.put("forks", forks);
                ObjectNode params = r.putObject("params");
                params.put("depth", String.valueOf(depth));
                // "opaque-classes": the CLASSES shape over opaque layers, as the harness writes it.
                boolean classes = line.layers().endsWith("-classes");
                params.put("layers", classes ? line.layers().substring(0, line.layers().indexOf('-')) : line.layers());
                if (classes) {
                    params.put("shape", "CLASSES");
                }
                params.put("mode", line.mode());
                params.put("strategy", line.strategy());
                String point = line.strategy() + " " + line.mode() + " " + depth;
                double time = (line.fixedNs() + line.slopeNs() * depth) * spikes.getOrDefault(point, 1.0);
                Double own = noisier.get(line.strategy() + " " + line.mode());
                metric(r.putObject("primaryMetric"), "ns/op", time, own != null ? own : noise, random, point);
                double bytes = line.fixedB() + line.slopeB() * depth;
                metric(r.putObject("secondaryMetrics").putObject(RunReader.ALLOC_METRIC), "B/op", bytes,
                        own != null ? own : 0, random, null);
            }
        }
        for (OrmPoint o : orm) {
            ObjectNode r = results.addObject();
            r.put("benchmark", "dev.eager.harness.load.OrmBenchmark.findById");
            r.put("mode", "avgt");
            ObjectNode params = r.putObject("params");
            params.put("hitRatio", String.valueOf(o.hitRatio()));
            params.put("k", String.valueOf(o.k()));
            params.put("mode", o.mode());
            params.put("server", o.server());
            params.put("strategy", o.strategy());
            metric(r.putObject("primaryMetric"), "us/op", o.micros(), noise, random, null);
            metric(r.putObject("secondaryMetrics").putObject(RunReader.ALLOC_METRIC), "B/op", o.bytes(), 0, random, null);
        }
        if (fixedCost) {
            ObjectNode r = results.addObject();
            r.put("benchmark", "dev.eager.harness.EagerEntryBenchmark.enter");
            r.put("mode", "avgt");
            r.putObject("params").put("carrier", "scoped-value");
            metric(r.putObject("primaryMetric"), "ns/op", 6.5, noise, random, null);
            metric(r.putObject("secondaryMetrics").putObject(RunReader.ALLOC_METRIC), "B/op", 0, 0, random, null);
        }
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("runId", folder.getFileName().toString());
        manifest.put("profile", "quick");
        manifest.put("commit", commit);
        manifest.put("dirty", false);
        ObjectNode jdk = manifest.putObject("jdk");
        jdk.put("vendor", "Eclipse Adoptium");
        jdk.put("version", jdkVersion);
        jdk.put("home", "/usr/lib/jvm/temurin-25-jdk-amd64");
        manifest.put("cores", 2);
        manifest.put("cpuModel", "fixture CPU");
        manifest.put("jmhVersion", "1.37");
        try {
            Files.createDirectories(folder);
            JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(RunReader.RESULT).toFile(), results);
            JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(RunReader.MANIFEST).toFile(), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private void metric(ObjectNode metric, String unit, double truth, double relativeNoise, Random random,
            String point) {
        ArrayNode raw = metric.putArray("rawData");
        double sum = 0;
        for (int f = 0; f < forks; f++) {
            ArrayNode fork = raw.addArray();
            double forkFactor = point == null ? 1 : forkSpikes.getOrDefault(point + " " + f, 1.0);
            for (int i = 0; i < iterations; i++) {
                double value = truth * forkFactor * (1 + relativeNoise * random.nextGaussian());
                fork.add(value);
                sum += value;
            }
        }
        metric.put("score", sum / (forks * iterations));
        metric.put("scoreError", truth * relativeNoise);
        metric.put("scoreUnit", unit);
    }
}
