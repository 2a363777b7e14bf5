package dev.eager.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A load run's results: {@code load-summary.json} rows (latencies in µs, corrected for coordinated
 * omission by the harness) and the HdrHistogram {@code .hlog} files behind them. Read from a run
 * folder that holds them (the main job writes them beside {@code jmh-result.json}) or from a load
 * run's own folder ({@code scripts/load}).
 *
 * @param folder where it was read from
 * @param rows   one row per strategy, mode, server and rate
 * @param hlogs  the histogram logs, linked from the report
 */
record LoadRun(Path folder, List<Row> rows, List<Path> hlogs) {
    static final String SUMMARY = "load-summary.json";

    /** One constant-rate load: requests accounted for and latency percentiles in µs; {@code hlog} may be null. */
    record Row(String strategy, String mode, String server, double rate, long sent, long ok, long failed,
            double p50, double p90, double p99, double p999, double max, String hlog) {
        String label() {
            return strategy + " " + mode + " " + server + " @" + Format.number(rate) + "/s";
        }
    }

    /** Whether {@code folder} holds load results. */
    static boolean isIn(Path folder) {
        return Files.isRegularFile(folder.resolve(SUMMARY));
    }

    static LoadRun read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInput(folder, "no such load run folder");
        }
        Path file = folder.resolve(SUMMARY);
        JsonNode json = RunReader.parse(file);
        // scripts/load writes {"unit": "us", "skipped": [...], "cells": [...]}; older summaries were the bare array.
        JsonNode cells = json.isObject() ? json.path("cells") : json;
        if (!cells.isArray() || cells.isEmpty()) {
            throw new BadInput(file, "expected a non-empty JSON array of load rows (or an object with \"cells\")");
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (JsonNode r : cells) {
            for (String key : List.of("strategy", "mode", "rate", "sent", "ok", "failed", "p50", "p90", "p99", "p999", "max")) {
                if (r.path(key).isMissingNode()) {
                    throw new BadInput(file, "row #" + i + " lacks \"" + key + "\"");
                }
            }
            rows.add(new Row(r.path("strategy").asText(), r.path("mode").asText(), r.path("server").asText("?"),
                    r.path("rate").asDouble(), r.path("sent").asLong(), r.path("ok").asLong(), r.path("failed").asLong(),
                    r.path("p50").asDouble(), r.path("p90").asDouble(), r.path("p99").asDouble(),
                    r.path("p999").asDouble(), r.path("max").asDouble(), r.path("hlog").asText(null)));
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

    /** The servers of the rows, in order of appearance. */
    List<String> servers() {
        return rows.stream().map(Row::server).distinct().toList();
    }

    /** The modes of the rows, SYNC first. */
    List<String> modes() {
        return rows.stream().map(Row::mode).distinct().sorted(java.util.Comparator.comparingInt(SeriesKey::modeRank))
                .toList();
    }

    /**
     * The row's latency distribution as {percentile (0..100), µs} pairs: every interval of its
     * {@code .hlog} added up and walked with HdrHistogram's percentile iterator; the summary's
     * five percentiles where there is no readable log.
     */
    double[][] percentiles(Row row) {
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
