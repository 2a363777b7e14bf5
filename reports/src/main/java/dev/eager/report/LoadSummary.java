package dev.eager.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A load run's {@code load-summary.json}: one row per strategy, mode, server and rate, latencies in
 * µs measured from each request's intended start (corrected for coordinated omission), and the
 * strategies skipped for want of an orm stack. Written by the load harness after every cell, read
 * by the report.
 *
 * @param rows    the cells measured so far
 * @param skipped strategies without an orm stack
 */
public record LoadSummary(List<Row> rows, List<String> skipped) {
    /** The unit of every latency. */
    public static final String UNIT = "us";

    /** One constant-rate load: requests accounted for and latency percentiles in µs. */
    public record Row(String strategy, String mode, String server, double rate, double hitRatio, long sent, long ok,
            long failed, double p50, double p90, double p99, double p999, double max, String hlog) {
        /** {@code strategy MODE server @rate/s}. */
        public String label() {
            return strategy + " " + mode + " " + server + " @" + Format.number(rate) + "/s";
        }
    }

    private static final List<String> REQUIRED = List.of("strategy", "mode", "rate", "sent", "ok", "failed", "p50",
            "p90", "p99", "p999", "max");

    /** Writes the summary into the load run's {@code folder}. */
    public void write(Path folder) {
        ObjectNode json = JsonFiles.JSON.createObjectNode();
        json.put("unit", UNIT);
        ArrayNode names = json.putArray("skipped");
        skipped.forEach(names::add);
        ArrayNode cells = json.putArray("cells");
        for (Row r : rows) {
            cells.add(JsonFiles.JSON.valueToTree(r));
        }
        JsonFiles.write(json, folder.resolve(RunFolder.LOAD_SUMMARY));
    }

    /**
     * The summary in the load run's {@code folder}: the harness's object with its {@code cells}, or
     * a bare array of rows.
     */
    public static LoadSummary read(Path folder) {
        Path file = folder.resolve(RunFolder.LOAD_SUMMARY);
        JsonNode json = JsonFiles.parse(file);
        JsonNode cells = json.isObject() ? json.path("cells") : json;
        if (!cells.isArray() || cells.isEmpty()) {
            throw new BadInput(file, "expected a non-empty JSON array of load rows (or an object with \"cells\")");
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (JsonNode r : cells) {
            for (String key : REQUIRED) {
                if (r.path(key).isMissingNode()) {
                    throw new BadInput(file, "row #" + i + " lacks \"" + key + "\"");
                }
            }
            rows.add(new Row(r.path("strategy").asText(), r.path("mode").asText(), r.path("server").asText("?"),
                    r.path("rate").asDouble(), r.path("hitRatio").asDouble(r.path("hit_ratio").asDouble(0)),
                    r.path("sent").asLong(), r.path("ok").asLong(), r.path("failed").asLong(), r.path("p50").asDouble(),
                    r.path("p90").asDouble(), r.path("p99").asDouble(), r.path("p999").asDouble(),
                    r.path("max").asDouble(), r.path("hlog").asText(null)));
            i++;
        }
        List<String> skipped = new ArrayList<>();
        json.path("skipped").forEach(s -> skipped.add(s.asText()));
        return new LoadSummary(List.copyOf(rows), List.copyOf(skipped));
    }
}
