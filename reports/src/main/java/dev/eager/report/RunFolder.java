package dev.eager.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run folder, the one format between the harness and the reports: what files it holds and how
 * they are read and written. A benchmark run's folder holds {@code jmh-result.json} (JMH's JSON,
 * every fork's iterations, {@link JmhJson}) and {@code manifest.json} (provenance, {@link Manifest});
 * a gate folder adds {@code base/} and {@code confirm/} (run folders themselves), {@code gate.txt}
 * and {@code gate.json} ({@link GateVerdictFile}); a load run holds {@code load-summary.json}
 * ({@link LoadSummary}) and its histogram logs. Anything a reader cannot use is a {@link BadInput}
 * naming the file.
 */
public final class RunFolder {
    /** JMH's results. */
    public static final String RESULTS = "jmh-result.json";
    /** The run's provenance. */
    public static final String MANIFEST = "manifest.json";
    /** What the harness printed while measuring. */
    public static final String LOG = "bench.log";
    /** A load run's rows. */
    public static final String LOAD_SUMMARY = "load-summary.json";
    /** The gate's verdict as text, one line per check. */
    public static final String GATE_TEXT = "gate.txt";
    /** The gate's verdict, typed. */
    public static final String GATE_VERDICT = "gate.json";
    /** Inside a gate folder: the base commit measured in the same session. */
    public static final String BASE = "base";
    /** Inside a gate folder: the series of failed time checks and unsettled checks measured again with fresh forks. */
    public static final String CONFIRM = "confirm";

    private RunFolder() {
    }

    /** Reads the benchmark run in {@code folder}. */
    public static Run read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInput(folder, "no such run folder");
        }
        Manifest manifest = Manifest.read(folder);
        Path file = folder.resolve(RESULTS);
        List<JmhResult> results = JmhJson.read(file);
        if (results.isEmpty()) {
            throw new BadInput(file, "no benchmark results (did the run fail before measuring?)");
        }
        return new Run(folder, manifest, measurements(file, results));
    }

    /** The JMH results in {@code folder}, as written. */
    public static List<JmhResult> results(Path folder) {
        return JmhJson.read(folder.resolve(RESULTS));
    }

    /** Writes a benchmark run's results and manifest into {@code folder}. */
    public static void write(Path folder, Manifest manifest, List<JmhResult> results) {
        JmhJson.write(results, folder.resolve(RESULTS));
        manifest.write(folder);
    }

    /** Each result as one measurement per metric the report reads: time (in ns/op) and bytes per op. */
    static List<Measurement> measurements(Path file, List<JmhResult> results) {
        List<Measurement> out = new ArrayList<>();
        for (JmhResult r : results) {
            ChainPoint chain;
            try {
                chain = BenchmarkKind.chainPoint(r.benchmark(), r.params());
            } catch (NumberFormatException e) {
                throw new BadInput(file, r.benchmark() + ": depth '" + r.params().get("depth") + "' is not a number");
            }
            out.add(new Measurement(r.benchmark(), r.params(), chain, Metric.TIME, nanos(file, r)));
            JmhScore alloc = r.secondary().get(JmhResult.ALLOC_METRIC);
            if (alloc != null) {
                out.add(new Measurement(r.benchmark(), r.params(), chain, Metric.ALLOC, alloc.sample(1)));
            }
        }
        return List.copyOf(out);
    }

    private static Sample nanos(Path file, JmhResult r) {
        String unit = r.primary().unit();
        double factor = switch (unit) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> throw new BadInput(file, r.benchmark() + ": score unit '" + unit
                    + "' is not a time per operation (run JMH in mode avgt)");
        };
        return r.primary().sample(factor);
    }
}
