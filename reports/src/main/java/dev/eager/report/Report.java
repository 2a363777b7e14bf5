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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private final OrmResults orm;
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
        this.orm = OrmResults.of(model.run());
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
        List<Html.Section> sections = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        Html.Section answer = answer(folder, absent);
        Optional.ofNullable(orm(folder, absent)).ifPresent(sections::add);
        Optional.ofNullable(load(folder, absent)).ifPresent(sections::add);
        Optional.ofNullable(tierSection(folder)).ifPresent(sections::add);
        Optional.ofNullable(coldStartSection()).ifPresent(sections::add);
        sections.add(details(folder));
        sections.add(provenance());
        sections.addFirst(absent.isEmpty() ? answer : new Html.Section(answer.id(), answer.title(), answer.body()
                + "<p class=\"note\">Not in this run: " + Html.esc(String.join("; ", absent)) + ".</p>\n"));
        Files.writeString(folder.resolve("summary.md"), summary());
        Files.writeString(folder.resolve("index.html"), Html.page("eager: run " + model.run().name(), QUESTION, sections));
        List<String> problems = PageCheck.of(folder.resolve("index.html"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the report's own check failed: " + String.join("; ", problems));
        }
    }

    /** The question the report answers, in one sentence. */
    static final String QUESTION = "Can a library write its async code once, offer a sync API from the same source,"
            + " and pay the cost of turning async off once, not once per layer of a deep call stack?";

    /**
     * The first screen: the verdict matrix over opaque layers (where the claim is read; inlined ones
     * in the details) and the EAGER time chart with hand-written sync code drawn in.
     */
    private Html.Section answer(Path folder, List<String> absent) throws IOException {
        StringBuilder body = new StringBuilder();
        body.append(Html.paragraph("Each cell is the verdict on time / on bytes per call: the slope of cost(depth) = fixed"
                + " + slope \u00d7 depth (least squares, 95% interval) against the same run's duplicated SYNC slope plus"
                + " a margin. once: the whole interval at or below; per layer: wholly above; inconclusive: it straddles."));
        List<String> families = VerdictMatrix.families(model);
        String headline = families.getFirst();
        body.append(new VerdictMatrix(model, headline).html());
        model.unfittedLine().ifPresent(line -> body.append("<p class=\"note\">Not fitted: ").append(Html.esc(line))
                .append("</p>\n"));
        String mode = "EAGER";
        List<SeriesKey> eager = keys(Metric.TIME, headline, mode);
        if (!eager.isEmpty()) {
            String name = "time-" + headline + "-eager";
            chart(folder, name, "Time per call, EAGER mode, " + headline + " layers, depths up to "
                    + LinearFit.MAX_FITTED_DEPTH + ", with duplicated SYNC (hand-written sync code) in grey",
                    charts.againstDepth("Time per call: EAGER mode, " + headline + " layers", Charts.DEPTH, Metric.TIME,
                            eager, data(), this::fit, LinearFit.MAX_FITTED_DEPTH, new SeriesKey(ChainPoint.REFERENCE_STRATEGY,
                                    ChainPoint.REFERENCE_MODE, headline, Metric.TIME)));
            body.append(figure(name));
        } else {
            absent.add("EAGER mode over " + headline + " layers");
        }
        return new Html.Section("answer", "The answer", body.toString());
    }

    /** The orm stack: ratio to duplicated SYNC per server, the service-layer sweep, the hit-ratio crossover. */
    private Html.Section orm(Path folder, List<String> absent) throws IOException {
        if (orm.isEmpty()) {
            absent.add("the orm stack (no OrmBenchmark results)");
            return null;
        }
        StringBuilder body = new StringBuilder();
        double hit = orm.baseHitRatio();
        int k = orm.baseK();
        body.append(Html.paragraph("findById through each strategy's whole orm stack (repository to wire, ~10 layers):"
                + " time over duplicated SYNC's on the same server, mean ratio with its 95% interval, at hit ratio "
                + Format.plain(hit) + " and k = " + k + " service layers; bytes per call beside it."));
        List<String> servers = orm.servers();
        List<String> header = new ArrayList<>(List.of("strategy", "mode"));
        servers.forEach(s -> header.add(s + ": time / duplicated SYNC [95%], B/op"));
        List<List<String>> rows = new ArrayList<>();
        for (String strategy : orm.strategies()) {
            for (String mode : orm.modes()) {
                List<String> row = new ArrayList<>(List.of(strategy, mode));
                boolean any = false;
                for (String server : servers) {
                    OrmResults.Point p = new OrmResults.Point(strategy, mode, server, hit, k);
                    Optional<Ratio> ratio = orm.ratioToSync(p);
                    Optional<Sample> bytes = orm.sample(p, Metric.ALLOC);
                    any |= orm.sample(p, Metric.TIME).isPresent();
                    boolean reference = p.equals(p.reference());
                    // One iteration (smoke) has no interval: say so rather than print [x, x].
                    boolean single = orm.sample(p, Metric.TIME).map(t -> java.util.Arrays.stream(t.forks()).mapToInt(f -> f.length).sum() < 2).orElse(false);
                    String time = reference && ratio.isPresent() ? "1 (the reference)"
                            : ratio.map(r -> single ? Format.number(r.value()) + " (one iteration, no interval)"
                                    : Format.interval(r.value(), r.low(), r.high())).orElse(
                                    orm.sample(p, Metric.TIME).isPresent() ? "no duplicated SYNC" : "\u2013");
                    row.add(time + bytes.map(b -> ", " + Format.number(b.point()) + " B").orElse(""));
                }
                if (any) {
                    rows.add(row);
                }
            }
        }
        body.append(Html.table(header, rows));

        body.append("<h3>Service layers (k sweep)</h3>\n");
        Map<SeriesKey, Map<Integer, Sample>> sweep = orm.kSweep();
        if (sweep.isEmpty()) {
            body.append("<p class=\"note\">No service-layer sweep in this run (k = ").append(orm.ks())
                    .append(" only): the fit of fixed + slope \u00d7 k needs OrmBenchmark's k at several values.</p>\n");
        } else {
            CostModel kModel = CostModel.fit(model.run(), sweep);
            body.append(Html.paragraph("Time and bytes per call against k extra pass-through service layers above the"
                    + " repository, fitted to fixed + slope \u00d7 k and judged against duplicated SYNC's slope on the"
                    + " same server, as the chain's depth is."));
            body.append(verdictTable(kModel, Charts.SERVICE_LAYERS));
            kModel.unfittedLine().ifPresent(line -> body.append("<p class=\"note\">Not fitted: ").append(Html.esc(line))
                    .append("</p>\n"));
            for (String layers : sweep.keySet().stream().map(SeriesKey::layers).distinct().toList()) {
                for (String mode : orm.modes()) {
                    List<SeriesKey> keys = sweep.keySet().stream().filter(key -> key.layers().equals(layers)
                            && key.mode().equals(mode) && key.metric() == Metric.TIME).toList();
                    if (keys.isEmpty()) {
                        continue;
                    }
                    String server = layers.substring("orm-".length());
                    String name = "orm-k-" + server + "-" + mode.toLowerCase(Locale.ROOT);
                    chart(folder, name, "orm on " + server + ", " + mode + ": time per call against k service layers",
                            charts.againstDepth("orm on " + server + ": " + mode + " mode, k service layers",
                                    Charts.SERVICE_LAYERS, Metric.TIME, keys, sweep,
                                    key -> kModel.row(key).map(FitRow::fit).orElse(null), Integer.MAX_VALUE,
                                    new SeriesKey(ChainPoint.REFERENCE_STRATEGY, ChainPoint.REFERENCE_MODE, layers,
                                            Metric.TIME)));
                    body.append(figure(name));
                }
            }
        }

        body.append("<h3>Crossover: as more lookups wait for the server</h3>\n");
        if (orm.hitRatios().size() < 2) {
            body.append("<p class=\"note\">No hit-ratio sweep in this run (hit ratio ").append(Format.plain(hit))
                    .append(" only): the crossover needs OrmBenchmark's hitRatio at several values.</p>\n");
        } else {
            for (String server : servers) {
                for (String mode : orm.modes()) {
                    Map<String, List<double[]>> lines = orm.crossover(mode, server);
                    if (lines.isEmpty()) {
                        continue;
                    }
                    String name = "orm-crossover-" + server + "-" + mode.toLowerCase(Locale.ROOT);
                    chart(folder, name, "orm on " + server + ", " + mode + ": time over duplicated SYNC against the"
                            + " fraction of lookups that reach the server (k = " + k + ")",
                            charts.crossover("Crossover on " + server + ": " + mode + " mode", lines));
                    body.append(figure(name));
                }
                body.append(crossoverTable(server));
            }
        }
        return new Html.Section("orm", "On a realistic stack: the orm", body.toString());
    }

    /** The crossover in numbers on one server: each strategy and mode's ratio at each fraction that waits. */
    private String crossoverTable(String server) {
        List<Double> hits = orm.hitRatios().reversed();
        List<String> header = new ArrayList<>(List.of("strategy", "mode"));
        hits.forEach(h -> header.add(Format.plain(1 - h) + " reach " + server));
        List<List<String>> rows = new ArrayList<>();
        for (String mode : orm.modes()) {
            orm.crossover(mode, server).forEach((strategy, points) -> {
                List<String> row = new ArrayList<>(List.of(strategy, mode));
                for (double h : hits) {
                    row.add(points.stream().filter(p -> p[0] == 1 - h).findFirst()
                            .map(p -> Format.interval(p[1], p[2], p[3])).orElse("\u2013"));
                }
                rows.add(row);
            });
        }
        return "<p>Time over duplicated SYNC's on " + Html.esc(server) + " by the fraction of lookups that reach the"
                + " server (k = " + orm.baseK() + "):</p>\n" + Html.table(header, rows);
    }

    /** Load: latency percentile curves per mode and server, and the table behind them. */
    private Html.Section load(Path folder, List<String> absent) throws IOException {
        if (load == null) {
            absent.add("load (no load-summary.json)");
            return null;
        }
        StringBuilder body = new StringBuilder();
        body.append("<p>From <code>").append(Html.esc(load.folder().getFileName().toString()))
                .append("</code>: the orm's findById at constant request rates, open loop; latencies in &micro;s from"
                        + " each request's intended start (corrected for coordinated omission).</p>\n");
        List<Double> rates = load.rows().stream().map(LoadSummary.Row::rate).distinct().sorted().toList();
        for (String server : load.servers()) {
            for (String mode : load.modes()) {
                List<Charts.LatencyCurve> curves = new ArrayList<>();
                for (LoadSummary.Row r : load.rows()) {
                    if (r.server().equals(server) && r.mode().equals(mode)) {
                        curves.add(new Charts.LatencyCurve(r.strategy() + " @" + Format.number(r.rate()) + "/s",
                                r.strategy(), rates.indexOf(r.rate()), load.percentiles(r)));
                    }
                }
                if (curves.isEmpty()) {
                    continue;
                }
                String name = "latency-" + server + "-" + mode.toLowerCase(Locale.ROOT);
                chart(folder, name, "Latency percentiles under constant load, " + mode + " on " + server,
                        charts.latency("Latency under load: " + mode + " on " + server, curves));
                body.append(figure(name));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (LoadSummary.Row r : load.rows()) {
            rows.add(List.of(r.strategy(), r.mode(), r.server(), Format.number(r.rate()), String.valueOf(r.sent()),
                    String.valueOf(r.ok()), String.valueOf(r.failed()), Format.number(r.p50()), Format.number(r.p90()),
                    Format.number(r.p99()), Format.number(r.p999()), Format.number(r.max())));
        }
        body.append(Html.table(List.of("strategy", "mode", "server", "rate/s", "sent", "ok", "failed", "p50", "p90",
                "p99", "p99.9", "max"), rows));
        List<String> names = load.hlogs().stream().map(p -> p.getFileName().toString()).toList();
        body.append("<p class=\"note\">Histogram logs (HdrHistogram): ").append(names.isEmpty() ? "none"
                : Html.esc(String.join(", ", names))).append("</p>\n");
        return new Html.Section("load", "Under load", body.toString());
    }

    /**
     * JIT tiers other than C2, when the run measured them: one chart per tier (EAGER against
     * duplicated SYNC under the same tier) and a table of slopes and verdicts per tier.
     */
    private Html.Section tierSection(Path folder) throws IOException {
        if (tiers.tiers().isEmpty()) {
            return null;
        }
        StringBuilder body = new StringBuilder(Html.paragraph(TierSection.NOTE));
        for (String tier : tiers.tiers()) {
            List<FitRow> rows = tiers.chartRows(tier);
            if (rows.isEmpty()) {
                continue;
            }
            String name = TierSection.chartName(tier);
            chart(folder, name, "Time per call under " + TierSection.name(tier)
                    + ", EAGER over opaque layers, against duplicated SYNC under the same tier",
                    charts.againstDepth("Time per call under " + TierSection.name(tier) + ": EAGER, opaque layers", Charts.DEPTH,
                            Metric.TIME, rows.stream().map(FitRow::key).toList(), data(), this::fit,
                            LinearFit.MAX_FITTED_DEPTH, null,
                            k -> k.isReference() ? k.strategy() + " SYNC (reference)" : k.strategy()));
            body.append(figure(name));
        }
        for (Metric metric : Metric.values()) {
            body.append(htmlTable(tiers.header(metric), tiers.cells(metric, true)));
        }
        return new Html.Section("tiers", "JIT tiers", body.toString());
    }

    /** The first calls of a fresh JVM per strategy, when the run measured them. */
    private Html.Section coldStartSection() {
        List<ColdStart.Row> cold = ColdStart.of(model.run(), model.run().strategies());
        if (cold.isEmpty()) {
            return null;
        }
        List<List<String>> cells = ColdStart.cells(cold).stream().map(l -> l.stream().map(Html::esc).toList()).toList();
        return new Html.Section("cold-start", "Cold start", Html.paragraph(ColdStart.NOTE)
                + htmlTable(ColdStart.HEADER, cells));
    }

    /** A table whose cells are HTML already (escaped, or markup of ours). */
    private static String htmlTable(List<String> header, List<List<String>> rows) {
        StringBuilder t = new StringBuilder("<table><tr>");
        header.forEach(c -> t.append("<th>").append(Html.esc(c)).append("</th>"));
        t.append("</tr>\n");
        for (List<String> row : rows) {
            t.append("<tr>");
            row.forEach(c -> t.append("<td>").append(c).append("</td>"));
            t.append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    /** Every verdict, every chart, the fixed costs and the margins. */
    private Html.Section details(Path folder) throws IOException {
        StringBuilder body = new StringBuilder();
        body.append(Html.paragraph("cost(depth) = fixed + slope \u00d7 depth, least squares, 95% intervals; "
                + LinearFit.RANGE_REASON + "; verdicts against the same run's duplicated SYNC slope."));
        for (String family : VerdictMatrix.families(model)) {
            body.append(new VerdictMatrix(model, family).html());
        }
        body.append(verdictTable(model, Charts.DEPTH));
        body.append("<p>").append(Html.esc(VerdictTable.margins()).replace("\n", "<br>\n")).append("</p>\n");
        model.unfittedLine().ifPresent(line -> body.append("<p class=\"note\">Not fitted: ").append(Html.esc(line))
                .append("</p>\n"));
        body.append("<h3>Charts</h3>\n<p>Points are medians of the forks with 95% intervals; dashed lines are the fits."
                + (svg ? " Every chart is also available as SVG (click it)." : "") + " Estimator: "
                + Html.esc(Sample.METHOD) + ".</p>\n");
        Map<SeriesKey, Map<Integer, Sample>> data = data();
        int fitted = LinearFit.MAX_FITTED_DEPTH;
        // Other JIT tiers have a section of their own.
        for (String layers : data.keySet().stream().sorted(SeriesKey.order(model.run().strategies()))
                .map(SeriesKey::layers).filter(Tiers::isDefault).distinct().toList()) {
            for (String mode : List.of("SYNC", "EAGER", "ASYNC")) {
                List<SeriesKey> time = keys(Metric.TIME, layers, mode);
                if (time.isEmpty()) {
                    continue;
                }
                String suffix = layers + "-" + mode.toLowerCase(Locale.ROOT);
                SeriesKey floor = mode.equals("SYNC") ? null
                        : new SeriesKey(ChainPoint.REFERENCE_STRATEGY, ChainPoint.REFERENCE_MODE, layers, Metric.TIME);
                String name = "time-" + suffix;
                if (!written.containsKey(name)) {
                    chart(folder, name, "Time per call, " + mode + ", " + layers + " layers, depths up to " + fitted
                            + " (fitted)", charts.againstDepth("Time per call: " + mode + " mode, " + layers
                            + " layers, fitted depths", Charts.DEPTH, Metric.TIME, time, data, this::fit, fitted, floor));
                }
                body.append(figure(name));
                boolean deeper = time.stream().anyMatch(k -> data.get(k).keySet().stream().anyMatch(d -> d > fitted));
                if (deeper) {
                    name = "time-" + suffix + "-all-depths";
                    chart(folder, name, "Time per call, " + mode + ", " + layers + " layers, every depth (the line is"
                            + " the fit up to " + fitted + ", extended)", charts.againstDepth("Time per call: " + mode
                            + " mode, " + layers + " layers, every depth", Charts.DEPTH, Metric.TIME, time, data,
                            this::fit, Integer.MAX_VALUE, floor));
                    body.append(figure(name));
                }
                List<SeriesKey> alloc = keys(Metric.ALLOC, layers, mode);
                if (!alloc.isEmpty()) {
                    name = "alloc-" + suffix;
                    chart(folder, name, "Bytes allocated per call, " + mode + ", " + layers + " layers",
                            charts.againstDepth("Bytes allocated per call: " + mode + " mode, " + layers + " layers",
                                    Charts.DEPTH, Metric.ALLOC, alloc, data, this::fit, Integer.MAX_VALUE, null));
                    body.append(figure(name));
                }
                List<SeriesKey> ratio = time.stream().filter(k -> !k.isReference()).toList();
                if (!ratio.isEmpty()) {
                    name = "ratio-" + suffix;
                    chart(folder, name, "Time relative to duplicated SYNC, " + mode + ", " + layers + " layers",
                            charts.ratioToSync("Time / duplicated SYNC: " + mode + " mode, " + layers + " layers",
                                    ratio, data));
                    body.append(figure(name));
                }
            }
        }
        List<Measurement> fixed = model.run().fixedCost().stream().filter(m -> !OrmResults.isOrm(m)).toList();
        if (fixed.stream().anyMatch(m -> m.metric() == Metric.TIME)) {
            chart(folder, "fixed-cost", "Fixed costs (no depth)", charts.fixedCost(fixed));
            body.append("<h3>Fixed-cost benchmarks</h3>\n").append(figure("fixed-cost"));
        }
        if (!fixed.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Measurement m : fixed) {
                Sample s = m.sample();
                rows.add(List.of(m.label(), m.metric().unit(), Format.interval(s.point(), s.low(), s.high())));
            }
            body.append(Html.table(List.of("benchmark", "metric", "mean [95% CI]"), rows));
        }
        return new Html.Section("details", "Details: every verdict and every chart", body.toString());
    }

    private Html.Section provenance() {
        Run run = model.run();
        List<List<String>> rows = new ArrayList<>();
        run.manifest().json().properties().forEach(e -> rows.add(List.of(e.getKey(), run.manifest().text(e.getKey()))));
        return new Html.Section("provenance", "Provenance", Html.table(List.of("key", "value"), rows));
    }

    /** The full table of fitted rows, with the x of the sweep ({@code depth} or {@code k}) in the header. */
    private static String verdictTable(CostModel fitted, String x) {
        StringBuilder h = new StringBuilder("<table><tr>");
        for (String col : List.of("strategy", "mode", "layers", "metric", "fixed [95% CI]", "slope per "
                + (x.equals(Charts.DEPTH) ? "layer" : "service layer") + " [95% CI]", "slope ceiling", "verdict")) {
            h.append("<th>").append(Html.esc(col)).append("</th>");
        }
        h.append("</tr>\n");
        for (FitRow r : fitted.rows()) {
            LinearFit f = r.fit();
            h.append("<tr><td>").append(Html.esc(r.key().strategy())).append("</td><td>").append(r.key().mode())
                    .append("</td><td>").append(Html.esc(r.key().layers())).append("</td><td>")
                    .append(r.key().metric().label()).append("</td><td>")
                    .append(Format.interval(f.fixed(), f.fixedLow(), f.fixedHigh())).append(' ').append(r.key().metric().unit())
                    .append("</td><td>").append(Format.interval(f.slope(), f.slopeLow(), f.slopeHigh())).append(' ')
                    .append(r.key().metric().slopeUnit()).append("</td><td>").append(Format.number(r.ceiling()))
                    .append("</td><td class=\"").append(Html.verdictClass(r.verdict())).append("\">")
                    .append(r.verdict().label()).append("</td></tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    private Map<SeriesKey, Map<Integer, Sample>> data() {
        return model.series();
    }

    private LinearFit fit(SeriesKey key) {
        return model.row(key).map(FitRow::fit).orElse(null);
    }

    /** The series of one metric, layer kind and mode, fitted or not, in row order. */
    private List<SeriesKey> keys(Metric metric, String layers, String mode) {
        return model.series().keySet().stream().filter(k -> k.metric() == metric && k.layers().equals(layers)
                && k.mode().equals(mode)).sorted(SeriesKey.order(model.run().strategies())).toList();
    }

    /** A chart written by {@link #chart}, as the page shows it (linked to its SVG copy when there is one). */
    private String figure(String name) {
        return Html.figure(name, written.get(name), svg);
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
