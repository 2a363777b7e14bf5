package dev.eager.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.stat.descriptive.rank.Median;

/**
 * The cold-start table: per strategy and mode, the first call and the first 1,000 calls of the
 * depth-10 chain, each a single shot in a fresh JVM ({@code ColdStartBenchmark}). Every fork is one
 * number, so a cell is the median over forks with their range; the time of one JVM's first call
 * moves with the whole machine, so only rows of the same run compare.
 */
final class ColdStart {
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

    /** Whether {@code m} is a cold start (by its parameters, as every benchmark kind). */
    static boolean isColdStart(Measurement m) {
        return BenchmarkKind.of(m.params().keySet()) == BenchmarkKind.COLD_START;
    }

    /** The cold-start rows of {@code run}, SYNC before EAGER, then in the run's strategy order. */
    static List<Row> of(Run run, List<String> strategyOrder) {
        if (run.measurements().stream().noneMatch(ColdStart::isColdStart)) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (JmhResult r : RunFolder.results(run.folder())) {
            if (r.kind() != BenchmarkKind.COLD_START) {
                continue;
            }
            Map<String, String> p = r.params();
            rows.add(new Row(p.get("strategy"), p.get("mode"), Integer.parseInt(p.getOrDefault("depth", "0")),
                    Integer.parseInt(p.get("calls")), perFork(r.primary(), nanosPer(r.primary().unit())),
                    perFork(r.secondary().get(BYTES), 1), perFork(r.secondary().get(CLASSES), 1)));
        }
        rows.sort(Comparator.comparingInt((Row r) -> SeriesKey.modeRank(r.mode()))
                .thenComparingInt(r -> order(strategyOrder, r.strategy())).thenComparingInt(Row::calls));
        return rows;
    }

    private static int order(List<String> strategies, String strategy) {
        int i = strategies.indexOf(strategy);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** One number per fork (a single shot per JVM: its only iteration), scaled; none without the metric. */
    private static double[] perFork(JmhScore score, double factor) {
        return score == null ? new double[0] : score.sample(factor).forkValues();
    }

    /** Nanoseconds in one unit of a single shot's time (JMH writes {@code us/op}). */
    private static double nanosPer(String unit) {
        return switch (unit) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> 1;
        };
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

    /** The section in Markdown, for summary.md (empty without cold starts). */
    static String markdown(Run run) {
        List<Row> rows = of(run, run.strategies());
        return rows.isEmpty() ? "" : "\n## Cold start\n\n" + Format.markdown(HEADER, cells(rows)) + "\n" + NOTE + "\n";
    }

    /** Why the table reads as it does, for under it. */
    static final String NOTE = "Each fork is a fresh JVM that built the depth-10 chain in its setup and then made the"
            + " calls once: class loading, linkage, initialisation and the interpreter are all in the shot, the JIT"
            + " only in the 1,000 calls. Bytes are the calling thread's own allocation over exactly the calls"
            + " (ThreadMXBean), exact per JDK; classes are those the JVM loaded meanwhile. A cold time moves with"
            + " the whole machine: compare rows of this run only.";
}
