package dev.eager.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;

/**
 * The self-contained report of a run: charts as PNG (and SVG copies on request), {@code index.html}
 * that works offline and {@code summary.md}. Without SVG copies it is what a published run keeps:
 * each chart once, in the format the page and the README show. Written into a temporary sibling folder that is moved into place only once
 * complete, so a failure leaves nothing half-written.
 */
final class Report {
    /** The chart everything else elaborates: opaque layers, eager mode, time against depth. */
    static final String HEADLINE = "time-opaque-eager";

    private final CostModel model;
    private final LoadRun load;
    private final Charts charts;
    private final TierSection tiers;
    private final Map<String, String> written = new LinkedHashMap<>();
    private final boolean svg;

    Report(CostModel model, LoadRun load) {
        this(model, load, false);
    }

    /** With {@code svg}, every chart also as a scalable SVG, linked from its PNG. */
    Report(CostModel model, LoadRun load, boolean svg) {
        this.model = model;
        this.load = load;
        this.svg = svg;
        this.tiers = new TierSection(model);
        this.charts = new Charts(new ChartStyle(model.run().strategies()));
    }

    /** Writes the report to {@code target}, replacing what was there only on success. */
    Path writeTo(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".tmp-");
        try {
            writeInto(temp);
            Path old = null;
            if (Files.exists(absolute)) {
                old = absolute.resolveSibling("." + absolute.getFileName() + ".old-" + System.nanoTime());
                Files.move(absolute, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
                deleteTree(old);
            }
            return absolute.resolve("index.html");
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
    }

    private void writeInto(Path folder) throws IOException {
        Map<SeriesKey, Map<Integer, Sample>> data = model.series();
        // Other JIT tiers have a section of their own (one chart per tier), below.
        for (String layers : model.rows().stream().map(r -> r.key().layers()).filter(Tiers::isDefault).distinct()
                .toList()) {
            for (String mode : List.of("SYNC", "EAGER", "ASYNC")) {
                List<FitRow> time = select(Metric.TIME, layers, mode);
                if (time.isEmpty()) {
                    continue;
                }
                String suffix = layers + "-" + mode.toLowerCase(java.util.Locale.ROOT);
                // The fitted depths on their own, where the slopes can be read; every depth after.
                int fitted = LinearFit.MAX_FITTED_DEPTH;
                chart(folder, "time-" + suffix, "Time per call, " + mode + ", " + layers + " layers, depths up to "
                        + fitted + " (fitted)", charts.againstDepth("Time per call: " + mode + " mode, " + layers
                        + " layers, fitted depths", Metric.TIME, time, data, fitted));
                boolean deeper = time.stream().anyMatch(r -> data.get(r.key()).keySet().stream().anyMatch(d -> d > fitted));
                if (deeper) {
                    chart(folder, "time-" + suffix + "-all-depths", "Time per call, " + mode + ", " + layers
                            + " layers, every depth (the line is the fit up to " + fitted + ", extended)",
                            charts.againstDepth("Time per call: " + mode + " mode, " + layers + " layers, every depth",
                                    Metric.TIME, time, data));
                }
                List<FitRow> alloc = select(Metric.ALLOC, layers, mode);
                if (!alloc.isEmpty()) {
                    chart(folder, "alloc-" + suffix, "Bytes allocated per call, " + mode + ", " + layers + " layers",
                            charts.againstDepth("Bytes allocated per call: " + mode + " mode, " + layers + " layers",
                                    Metric.ALLOC, alloc, data));
                }
                List<FitRow> ratio = time.stream().filter(r -> !r.key().isReference()).toList();
                if (!ratio.isEmpty()) {
                    chart(folder, "ratio-" + suffix, "Time relative to duplicated SYNC, " + mode + ", " + layers
                            + " layers", charts.ratioToSync("Time / duplicated SYNC: " + mode + " mode, " + layers
                            + " layers", ratio, data));
                }
            }
        }
        for (String tier : tiers.tiers()) {
            List<FitRow> rows = tiers.chartRows(tier);
            if (!rows.isEmpty()) {
                chart(folder, TierSection.chartName(tier), "Time per call under " + TierSection.name(tier)
                        + ", EAGER over opaque layers, against duplicated SYNC under the same tier",
                        charts.againstDepth("Time per call under " + TierSection.name(tier) + ": EAGER, opaque layers",
                                Metric.TIME, rows, data, LinearFit.MAX_FITTED_DEPTH,
                                k -> k.isReference() ? k.strategy() + " SYNC (reference)" : k.strategy()));
            }
        }
        if (model.run().fixedCost().stream().anyMatch(m -> m.metric() == Metric.TIME)) {
            chart(folder, "fixed-cost", "Fixed costs (no depth)", charts.fixedCost(model.run().fixedCost()));
        }
        if (load != null) {
            chart(folder, "latency", "Latency percentiles under load", charts.latency(load.rows()));
        }
        Files.writeString(folder.resolve("summary.md"), summary());
        Files.writeString(folder.resolve("index.html"), html());
    }

    private List<FitRow> select(Metric metric, String layers, String mode) {
        return model.rows().stream().filter(r -> r.key().metric() == metric && r.key().layers().equals(layers)
                && r.key().mode().equals(mode)).toList();
    }

    private void chart(Path folder, String name, String caption, JFreeChart chart) throws IOException {
        Charts.write(chart, folder, name, svg);
        written.put(name, caption);
    }

    /** The verdict table, ready for a pull-request comment. */
    String summary() {
        StringBuilder md = new StringBuilder("# eager: run ").append(model.run().name()).append("\n\n");
        md.append(VerdictTable.markdown(model));
        if (written.containsKey(HEADLINE)) {
            md.append("\n![").append(written.get(HEADLINE)).append("](").append(HEADLINE).append(".png)\n");
        }
        md.append(tiers.markdown());
        md.append(ColdStart.markdown(model.run()));
        md.append("\nCharts and provenance: [index.html](index.html).\n");
        return md.toString();
    }

    private String html() {
        Run run = model.run();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>eager: run ")
                .append(esc(run.name())).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:1320px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;")
                .append("text-align:left;font-variant-numeric:tabular-nums}th{background:#f4f4f4}\n")
                .append(".per-layer{color:#b00;font-weight:bold}img{max-width:100%;border:1px solid #eee}\n")
                .append("figure{margin:2em 0}figcaption{color:#555}\n</style></head><body>\n");
        h.append("<h1>eager: run ").append(esc(run.name())).append("</h1>\n");
        h.append("<p>Does each strategy pay the cost of turning async off once, or once per layer? ")
                .append("cost(depth) = fixed + slope &times; depth, least squares, 95% intervals; ")
                .append(esc(LinearFit.RANGE_REASON))
                .append("; verdicts against the same run's <code>duplicated</code> SYNC slope. Estimator: ")
                .append(esc(Sample.METHOD)).append(".</p>\n");
        h.append("<h2>Verdicts</h2>\n<table><tr>");
        for (String col : List.of("strategy", "mode", "layers", "metric", "fixed [95% CI]", "slope [95% CI]",
                "slope ceiling", "verdict")) {
            h.append("<th>").append(col).append("</th>");
        }
        h.append("</tr>\n");
        for (FitRow r : model.rows()) {
            LinearFit f = r.fit();
            String unit = r.key().metric().unit();
            String slopeUnit = r.key().metric().slopeUnit();
            h.append("<tr><td>").append(esc(r.key().strategy())).append("</td><td>").append(r.key().mode())
                    .append("</td><td>").append(esc(r.key().layers())).append("</td><td>")
                    .append(r.key().metric().label()).append("</td><td>")
                    .append(Format.interval(f.fixed(), f.fixedLow(), f.fixedHigh())).append(' ').append(unit)
                    .append("</td><td>").append(Format.interval(f.slope(), f.slopeLow(), f.slopeHigh())).append(' ')
                    .append(slopeUnit).append("</td><td>").append(Format.number(r.ceiling())).append("</td><td")
                    .append(r.verdict() == Verdict.PAYS_PER_LAYER ? " class=\"per-layer\">" : ">")
                    .append(r.verdict().label()).append("</td></tr>\n");
        }
        h.append("</table>\n<p>").append(esc(VerdictTable.margins()).replace("\n", "<br>\n")).append("</p>\n");
        h.append("<h2>Charts</h2>\n<p>Points are medians of the forks with 95% intervals; dashed lines are the fits.")
                .append(svg ? " Every chart is also available as SVG (click it)." : "").append("</p>\n");
        for (var e : written.entrySet()) {
            if (!e.getKey().startsWith("tier-")) {
                figure(h, e.getKey(), e.getValue());
            }
        }
        if (!tiers.tiers().isEmpty()) {
            h.append("<h2>JIT tiers</h2>\n<p>").append(esc(TierSection.NOTE)).append("</p>\n");
            for (String tier : tiers.tiers()) {
                if (written.containsKey(TierSection.chartName(tier))) {
                    figure(h, TierSection.chartName(tier), written.get(TierSection.chartName(tier)));
                }
            }
            for (Metric metric : Metric.values()) {
                h.append(htmlTable(tiers.header(metric), tiers.cells(metric, true)));
            }
        }
        List<ColdStart.Row> cold = ColdStart.of(run, run.strategies());
        if (!cold.isEmpty()) {
            h.append("<h2>Cold start</h2>\n<p>").append(esc(ColdStart.NOTE)).append("</p>\n");
            List<List<String>> cells = ColdStart.cells(cold).stream().map(l -> l.stream().map(Report::esc).toList())
                    .toList();
            h.append(htmlTable(ColdStart.HEADER, cells));
        }
        if (!run.fixedCost().isEmpty()) {
            h.append("<h2>Fixed-cost benchmarks</h2>\n<table><tr><th>benchmark</th><th>metric</th><th>point [95% CI]</th></tr>\n");
            for (Measurement m : run.fixedCost()) {
                Sample s = m.sample();
                h.append("<tr><td>").append(esc(m.label())).append("</td><td>").append(m.metric().unit())
                        .append("</td><td>").append(Format.interval(s.point(), s.low(), s.high())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (load != null) {
            h.append("<h2>Load</h2>\n<p>From <code>").append(esc(load.folder().toString()))
                    .append("</code>; latencies in &micro;s, corrected for coordinated omission.</p>\n<table><tr>");
            for (String col : List.of("strategy", "mode", "server", "rate/s", "sent", "ok", "failed", "p50", "p90",
                    "p99", "p99.9", "max")) {
                h.append("<th>").append(col).append("</th>");
            }
            h.append("</tr>\n");
            for (LoadSummary.Row r : load.rows()) {
                h.append("<tr>");
                for (Object cell : List.of(r.strategy(), r.mode(), r.server(), Format.number(r.rate()), r.sent(), r.ok(),
                        r.failed(), Format.number(r.p50()), Format.number(r.p90()), Format.number(r.p99()),
                        Format.number(r.p999()), Format.number(r.max()))) {
                    h.append("<td>").append(esc(String.valueOf(cell))).append("</td>");
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n<p>Histogram logs: ");
            List<String> names = new ArrayList<>();
            load.hlogs().forEach(p -> names.add("<code>" + esc(p.getFileName().toString()) + "</code>"));
            h.append(names.isEmpty() ? "none" : String.join(", ", names)).append("</p>\n");
        }
        h.append("<h2>Provenance</h2>\n<table>\n");
        run.manifest().json().properties().forEach(e -> h.append("<tr><th>").append(esc(e.getKey()))
                .append("</th><td>").append(esc(run.manifest().text(e.getKey()))).append("</td></tr>\n"));
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    private void figure(StringBuilder h, String name, String caption) {
        String img = "<img src=\"" + name + ".png\" alt=\"" + esc(caption) + "\" width=\"1280\" height=\"720\">";
        h.append("<figure>").append(svg ? "<a href=\"" + name + ".svg\">" + img + "</a>" : img)
                .append("<figcaption>").append(esc(caption)).append("</figcaption></figure>\n");
    }

    /** A table whose cells are HTML already (escaped, or markup of ours). */
    private static String htmlTable(List<String> header, List<List<String>> rows) {
        StringBuilder t = new StringBuilder("<table><tr>");
        header.forEach(c -> t.append("<th>").append(esc(c)).append("</th>"));
        t.append("</tr>\n");
        for (List<String> row : rows) {
            t.append("<tr>");
            row.forEach(c -> t.append("<td>").append(c).append("</td>"));
            t.append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("eager-report: could not remove " + root + ": " + e.getMessage());
        }
    }
}
