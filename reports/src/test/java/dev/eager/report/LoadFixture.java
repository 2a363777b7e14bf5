package dev.eager.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * A FIXTURE, not a measurement: load results as {@code scripts/load} and the main job write them
 * ({@code load-summary.json} with its cells, one HdrHistogram log per cell), from latencies drawn
 * around a chosen median with a long tail, seeded.
 */
final class LoadFixture {
    private record Cell(String strategy, String mode, String server, int rate, double medianMicros) {
    }

    private final List<Cell> cells = new ArrayList<>();

    LoadFixture cell(String strategy, String mode, String server, int rate, double medianMicros) {
        cells.add(new Cell(strategy, mode, server, rate, medianMicros));
        return this;
    }

    /** Writes {@code load-summary.json} and the {@code .hlog} files into {@code folder}. */
    Path writeTo(Path folder) {
        Random random = new Random(7);
        List<String> rows = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Cell c : cells) {
                String name = c.strategy() + "-" + c.mode().toLowerCase(Locale.ROOT) + "-" + c.server() + "-" + c.rate();
                Histogram h = new Histogram(3);
                for (int i = 0; i < 20_000; i++) {
                    // log-normal around the median: a tail to the 99.9th percentile, as load has
                    h.recordValue((long) Math.max(1, c.medianMicros() * Math.exp(0.6 * random.nextGaussian())));
                }
                HistogramLogWriter writer = new HistogramLogWriter(folder.resolve(name + ".hlog").toFile());
                writer.outputLogFormatVersion();
                writer.outputStartTime(0);
                writer.outputLegend();
                writer.outputIntervalHistogram(h);
                writer.close();
                rows.add(String.format(Locale.ROOT, "{\"strategy\": \"%s\", \"mode\": \"%s\", \"server\": \"%s\","
                        + " \"rate\": %d, \"hit_ratio\": 0.0, \"sent\": 20000, \"ok\": 20000, \"failed\": 0, \"p50\": %d,"
                        + " \"p90\": %d, \"p99\": %d, \"p999\": %d, \"max\": %d, \"unit\": \"us\", \"hlog\": \"%s.hlog\"}",
                        c.strategy(), c.mode(), c.server(), c.rate(), h.getValueAtPercentile(50),
                        h.getValueAtPercentile(90), h.getValueAtPercentile(99), h.getValueAtPercentile(99.9),
                        h.getMaxValue(), name));
            }
            Files.writeString(folder.resolve(RunFolder.LOAD_SUMMARY), "{\n  \"unit\": \"us\",\n  \"skipped\": [],\n  \"cells\": [\n    "
                    + String.join(",\n    ", rows) + "\n  ]\n}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
