package dev.eager.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hipparchus.stat.descriptive.rank.Median;

/**
 * The cold-start table: per strategy and mode, the first call and the first 1,000 calls of the
 * depth-10 chain, each a single shot in a fresh JVM ({@code ColdStartBenchmark}). Every fork is one
 * number, so a cell is the median over forks with their range; the time of one JVM's first call
 * moves with the whole machine, so only rows of the same run compare.
 */
final class ColdStart {
    /** The benchmark class, by simple name. */
    static final String BENCHMARK = "ColdStartBenchmark";
    /** The calls' own bytes (the harness's {@code ColdCallProfiler.BYTES}). */
    static final String BYTES = "cold.alloc.bytes";
    /** Classes loaded during the calls (the harness's {@code ColdCallProfiler.CLASSES}). */
    static final String CLASSES = "cold.classes.loaded";

    /** One cell of the table: a strategy, mode and number of calls over its forks. */
    record Row(String strategy, String mode, int depth, int calls, double[] nanos, double[] bytes, double[] classes) {
        int forks() {
            return nanos.length;
        }
    }

    private ColdStart() {
    }

    /** Whether {@code benchmark} (a JMH full name) is a cold start. */
    static boolean isColdStart(String benchmark) {
        String[] parts = benchmark.split("\\.");
        return parts.length >= 2 && parts[parts.length - 2].equals(BENCHMARK);
    }

    /** The cold-start rows of {@code run}, SYNC before EAGER, then in the run's strategy order. */
    static List<Row> of(Run run, List<String> strategyOrder) {
        Path file = run.folder().resolve(RunReader.RESULT);
        if (run.measurements().stream().noneMatch(m -> isColdStart(m.benchmark()))) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode result : RunReader.parse(file)) {
            String benchmark = result.path("benchmark").asText("");
            if (!isColdStart(benchmark)) {
                continue;
            }
            JsonNode params = result.path("params");
            Sample time = RunReader.toNanos(file, benchmark, result.path("primaryMetric"));
            JsonNode secondary = result.path("secondaryMetrics");
            rows.add(new Row(params.path("strategy").asText("?"), params.path("mode").asText("?"),
                    params.path("depth").asInt(0), params.path("calls").asInt(0), perFork(time),
                    secondary.has(BYTES) ? perFork(RunReader.sample(file, benchmark, secondary.path(BYTES))) : new double[0],
                    secondary.has(CLASSES) ? perFork(RunReader.sample(file, benchmark, secondary.path(CLASSES)))
                            : new double[0]));
        }
        rows.sort(Comparator.comparingInt((Row r) -> SeriesKey.modeRank(r.mode()))
                .thenComparingInt(r -> order(strategyOrder, r.strategy())).thenComparingInt(Row::calls));
        return rows;
    }

    private static int order(List<String> strategies, String strategy) {
        int i = strategies.indexOf(strategy);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** One number per fork (a single shot per JVM: its only iteration). */
    private static double[] perFork(Sample sample) {
        return sample.forkMedians();
    }

    /** The reference row: duplicated SYNC with the same number of calls. */
    static Optional<Row> reference(List<Row> rows, Row row) {
        return rows.stream().filter(r -> r.strategy().equals(ChainPoint.REFERENCE_STRATEGY)
                && r.mode().equals(ChainPoint.REFERENCE_MODE) && r.calls() == row.calls()).findFirst();
    }

    static final List<String> HEADER = List.of("strategy", "mode", "calls", "forks", "time µs, median [range]",
            "× duplicated SYNC", "bytes, median [range]", "classes loaded, median [range]");

    /** The table's cells, one line per row. */
    static List<List<String>> cells(List<Row> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            String ratio = reference(rows, r).map(ref -> Format.number(median(r.nanos()) / median(ref.nanos())) + "×")
                    .orElse("–");
            out.add(List.of(r.strategy(), r.mode(), String.format(java.util.Locale.ROOT, "%,d", r.calls()), String.valueOf(r.forks()),
                    spread(r.nanos(), 1e-3), ratio, spread(r.bytes(), 1), spread(r.classes(), 1)));
        }
        return out;
    }

    /** The median and range of per-fork values (one number when every fork agrees), scaled. */
    static String spread(double[] values, double scale) {
        if (values.length == 0) {
            return "–";
        }
        double low = Arrays.stream(values).min().orElseThrow() * scale;
        double high = Arrays.stream(values).max().orElseThrow() * scale;
        String median = exact(median(values) * scale);
        return low == high ? median : median + " [" + exact(low) + ", " + exact(high) + "]";
    }

    /** Whole numbers as such (bytes and classes are counts), large ones grouped: 27, 160,040, 17,401. */
    private static String exact(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(java.util.Locale.ROOT, "%,.0f", value);
        }
        return value == Math.rint(value) ? String.valueOf((long) value) : Format.number(value);
    }

    static double median(double[] values) {
        return values.length == 0 ? Double.NaN : new Median().evaluate(values);
    }

    /** Why the table reads as it does, for under it. */
    static final String NOTE = "Each fork is a fresh JVM that built the depth-10 chain in its setup and then made the"
            + " calls once: class loading, linkage, initialisation and the interpreter are all in the shot, the JIT"
            + " only in the 1,000 calls. Bytes are the calling thread's own allocation over exactly the calls"
            + " (ThreadMXBean), exact per JDK; classes are those the JVM loaded meanwhile. A cold time moves with"
            + " the whole machine: compare rows of this run only.";
}
