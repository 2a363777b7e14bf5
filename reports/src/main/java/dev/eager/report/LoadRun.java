package dev.eager.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A load run folder: its {@link LoadSummary} rows and the HdrHistogram {@code .hlog} files behind
 * them.
 *
 * @param folder where it was read from
 * @param rows   one row per strategy, mode, server and rate
 * @param hlogs  the histogram logs, linked from the report
 */
record LoadRun(Path folder, List<LoadSummary.Row> rows, List<Path> hlogs) {
    /** Whether {@code folder} holds load results: the main job writes them into its run folder. */
    static boolean isIn(Path folder) {
        return Files.isRegularFile(folder.resolve(RunFolder.LOAD_SUMMARY));
    }

    static LoadRun read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInput(folder, "no such load run folder");
        }
        LoadSummary summary = LoadSummary.read(folder);
        List<Path> hlogs;
        try (Stream<Path> files = Files.list(folder)) {
            hlogs = files.filter(p -> p.getFileName().toString().endsWith(".hlog")).sorted().toList();
        } catch (IOException e) {
            throw new BadInput(folder, "cannot list: " + e.getMessage());
        }
        return new LoadRun(folder, summary.rows(), hlogs);
    }

    /** The servers of the rows, in order of appearance. */
    List<String> servers() {
        return rows.stream().map(LoadSummary.Row::server).distinct().toList();
    }

    /** The modes of the rows, SYNC first. */
    List<String> modes() {
        return rows.stream().map(LoadSummary.Row::mode).distinct().sorted(java.util.Comparator.comparingInt(SeriesKey::modeRank))
                .toList();
    }

    /**
     * The row's latency distribution as {percentile (0..100), µs} pairs: every interval of its
     * {@code .hlog} added up and walked with HdrHistogram's percentile iterator; the summary's
     * five percentiles where there is no readable log.
     */
    double[][] percentiles(LoadSummary.Row row) {
        org.HdrHistogram.Histogram total = row.hlog() == null ? null : histogram(folder.resolve(row.hlog()));
        if (total == null || total.getTotalCount() == 0) {
            return new double[][] {{50, row.p50()}, {90, row.p90()}, {99, row.p99()}, {99.9, row.p999()}};
        }
        List<double[]> out = new ArrayList<>();
        for (org.HdrHistogram.HistogramIterationValue v : total.percentiles(5)) {
            double p = v.getPercentileLevelIteratedTo();
            if (p < 100) {
                out.add(new double[] {p, v.getValueIteratedTo()});
            }
        }
        return out.toArray(double[][]::new);
    }

    private static org.HdrHistogram.Histogram histogram(Path hlog) {
        if (!Files.isRegularFile(hlog)) {
            return null;
        }
        org.HdrHistogram.Histogram total = new org.HdrHistogram.Histogram(3);
        try {
            org.HdrHistogram.HistogramLogReader reader = new org.HdrHistogram.HistogramLogReader(hlog.toFile());
            try {
                for (org.HdrHistogram.EncodableHistogram h = reader.nextIntervalHistogram(); h != null;
                        h = reader.nextIntervalHistogram()) {
                    if (h instanceof org.HdrHistogram.Histogram interval) {
                        total.add(interval);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInput(hlog, "not a readable HdrHistogram log: " + e.getMessage());
        }
        return total;
    }
}
