package dev.eager.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A load run folder: {@code load-summary.json} rows (latencies in µs, corrected for coordinated
 * omission by the harness) and the HdrHistogram {@code .hlog} files behind them.
 *
 * @param folder where it was read from
 * @param rows   one row per strategy, mode, server and rate
 * @param hlogs  the histogram logs, linked from the report
 */
record LoadRun(Path folder, List<Row> rows, List<Path> hlogs) {
    static final String SUMMARY = "load-summary.json";

    /** One constant-rate load: requests accounted for and latency percentiles in µs. */
    record Row(String strategy, String mode, String server, double rate, long sent, long ok, long failed,
            double p50, double p90, double p99, double p999, double max) {
        String label() {
            return strategy + " " + mode + " " + server + " @" + Format.number(rate) + "/s";
        }
    }

    static LoadRun read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInput(folder, "no such load run folder");
        }
        Path file = folder.resolve(SUMMARY);
        JsonNode json = RunReader.parse(file);
        if (!json.isArray() || json.isEmpty()) {
            throw new BadInput(file, "expected a non-empty JSON array of load rows");
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (JsonNode r : json) {
            for (String key : List.of("strategy", "mode", "rate", "sent", "ok", "failed", "p50", "p90", "p99", "p999", "max")) {
                if (r.path(key).isMissingNode()) {
                    throw new BadInput(file, "row #" + i + " lacks \"" + key + "\"");
                }
            }
            rows.add(new Row(r.path("strategy").asText(), r.path("mode").asText(), r.path("server").asText("?"),
                    r.path("rate").asDouble(), r.path("sent").asLong(), r.path("ok").asLong(), r.path("failed").asLong(),
                    r.path("p50").asDouble(), r.path("p90").asDouble(), r.path("p99").asDouble(),
                    r.path("p999").asDouble(), r.path("max").asDouble()));
            i++;
        }
        List<Path> hlogs;
        try (Stream<Path> files = Files.list(folder)) {
            hlogs = files.filter(p -> p.getFileName().toString().endsWith(".hlog")).sorted().toList();
        } catch (IOException e) {
            throw new BadInput(folder, "cannot list: " + e.getMessage());
        }
        return new LoadRun(folder, rows, hlogs);
    }
}
