package dev.eager.report;

import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** Builds the report's charts from a fitted run and writes each as PNG (and SVG on request). */
final class Charts {
    private final ChartStyle style;

    Charts(ChartStyle style) {
        this.style = style;
    }

    /** The x axis of a chain sweep. */
    static final String DEPTH = "depth (layers above the leaf)";
    /** The x axis of the orm's service-layer sweep. */
    static final String SERVICE_LAYERS = "k (service layers above the repository)";

    /**
     * A metric against depth for the given series (one mode and layer kind): 95% error bars at every
     * measured depth up to {@code upTo} and the fitted line through them where there is a fit, one
     * colour per strategy; {@code floor}, when not null, drawn in grey as the line to read against
     * (duplicated SYNC: hand-written sync code).
     */
    JFreeChart againstDepth(String title, String xLabel, Metric metric, List<SeriesKey> keys,
            Map<SeriesKey, Map<Integer, Sample>> data, Function<SeriesKey, LinearFit> fits, int upTo, SeriesKey floor) {
        return againstDepth(title, xLabel, metric, keys, data, fits, upTo, floor, SeriesKey::strategy);
    }

    /** As {@link #againstDepth(String, String, Metric, List, Map, Function, int, SeriesKey)}, each series named by {@code names}. */
    JFreeChart againstDepth(String title, String xLabel, Metric metric, List<SeriesKey> keys,
            Map<SeriesKey, Map<Integer, Sample>> data, Function<SeriesKey, LinearFit> fits, int upTo, SeriesKey floor,
            Function<SeriesKey, String> names) {
        List<SeriesKey> drawn = new ArrayList<>(keys);
        if (floor != null && data.containsKey(floor) && !drawn.contains(floor)) {
            drawn.add(floor);
        }
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        XYSeriesCollection lines = new XYSeriesCollection();
        int maxDepth = drawn.stream().flatMap(k -> data.get(k).keySet().stream()).mapToInt(i -> i)
                .filter(d -> d <= upTo).max().orElse(1);
        List<Integer> lineOf = new ArrayList<>();
        for (SeriesKey key : drawn) {
            String name = key.equals(floor) ? floorName(key) : names.apply(key);
            YIntervalSeries s = new YIntervalSeries(name);
            data.get(key).forEach((depth, sample) -> {
                if (depth <= upTo) {
                    s.add(depth, sample.point(), sample.low(), sample.high());
                }
            });
            points.addSeries(s);
            LinearFit fit = fits.apply(key);
            if (fit != null) {
                XYSeries line = new XYSeries(name + " fit");
                line.add(0, fit.at(0));
                line.add(maxDepth, fit.at(maxDepth));
                lines.addSeries(line);
                lineOf.add(drawn.indexOf(key));
            }
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(metric.unit());
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(points, x, y, null);
        plot.setDataset(1, lines);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, true));
        XYErrorRenderer bars = new XYErrorRenderer();
        bars.setDrawXError(false);
        bars.setErrorStroke(ChartStyle.ERROR_BAR);
        bars.setCapLength(10);
        bars.setDefaultLinesVisible(false);
        bars.setDefaultShapesVisible(true);
        XYLineAndShapeRenderer fitted = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < drawn.size(); i++) {
            boolean isFloor = drawn.get(i).equals(floor);
            var paint = isFloor ? ChartStyle.FLOOR : style.colour(drawn.get(i).strategy());
            bars.setSeriesPaint(i, paint);
            bars.setSeriesShape(i, isFloor ? new Rectangle2D.Double(-4, -4, 8, 8) : new Ellipse2D.Double(-5, -5, 10, 10));
        }
        for (int l = 0; l < lineOf.size(); l++) {
            boolean isFloor = drawn.get(lineOf.get(l)).equals(floor);
            fitted.setSeriesPaint(l, isFloor ? ChartStyle.FLOOR : style.colour(drawn.get(lineOf.get(l)).strategy()));
            fitted.setSeriesStroke(l, isFloor ? ChartStyle.FLOOR_LINE : ChartStyle.FITTED);
            fitted.setSeriesVisibleInLegend(l, false);
        }
        bars.setErrorPaint(null);
        plot.setRenderer(0, bars);
        plot.setRenderer(1, fitted);
        subtitle(chart, "points: median of the forks with 95% interval; dashed: fixed + slope \u00d7 " + (xLabel.equals(DEPTH)
                ? "depth" : "k") + " fitted per fork" + (floor != null ? "; grey: " + floorName(floor) + ", the floor" : "")
                + (lineOf.size() < drawn.size() ? "; no line: too few points to fit" : ""));
        legendRight(chart);
        return chart;
    }

    private static String floorName(SeriesKey floor) {
        return floor.strategy() + " " + floor.mode();
    }

    /** Each series' time divided by the same run's duplicated SYNC time at the same depth. */
    JFreeChart ratioToSync(String title, List<SeriesKey> keys, Map<SeriesKey, Map<Integer, Sample>> data) {
        XYSeriesCollection ratios = new XYSeriesCollection();
        List<String> names = new ArrayList<>();
        for (SeriesKey key : keys) {
            Map<Integer, Sample> reference = data.getOrDefault(key.reference(), Map.of());
            XYSeries s = new XYSeries(key.strategy());
            data.get(key).forEach((depth, sample) -> {
                Sample ref = reference.get(depth);
                if (ref != null) {
                    s.add(depth.doubleValue(), Ratio.of(sample, ref).value());
                }
            });
            ratios.addSeries(s);
            names.add(key.strategy());
        }
        LogAxis y = new LogAxis("time / duplicated SYNC time (log scale)");
        y.setSmallestValue(1e-3);
        // Ticks at powers of two (1, 2, 4, 8 ...): round labels on a log scale.
        y.setTickUnit(new NumberTickUnit(Math.log10(2), new java.text.DecimalFormat("0.###")));
        y.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
        // Always show the line at 1 (as fast as sync code).
        double low = Math.min(0.8, ratios.getSeriesCount() == 0 ? 1 : lowest(ratios) / 1.25);
        double high = Math.max(1.25, ratios.getSeriesCount() == 0 ? 1 : highest(ratios) * 1.25);
        y.setRange(low, high);
        XYPlot plot = new XYPlot(ratios, depthAxis(), y, null);
        plot.addRangeMarker(asFastAsSync());
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, true));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < names.size(); i++) {
            renderer.setSeriesPaint(i, style.colour(names.get(i)));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        plot.setRenderer(renderer);
        legendRight(chart);
        return chart;
    }

    /** The fixed-cost benchmarks (no depth): each point with its 95% interval, one bar each. */
    JFreeChart fixedCost(List<Measurement> fixed) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Measurement m : fixed) {
            if (m.metric() == Metric.TIME) {
                // The renderer draws a symmetric bar: the longer side of the interval (index.html has both).
                Sample s = m.sample();
                double point = s.point();
                data.add(point, Math.min(Math.max(point - s.low(), s.high() - point), 0.95 * point), "ns/op", m.label());
            }
        }
        org.jfree.chart.axis.CategoryAxis names = new org.jfree.chart.axis.CategoryAxis(null);
        names.setMaximumCategoryLabelWidthRatio(0.45f);
        LogAxis time = new LogAxis("ns/op, log scale (95% interval)");
        time.setSmallestValue(0.1);
        time.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.#"));
        CategoryPlot plot = new CategoryPlot(data, names, time, null);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartStyle.apply(new JFreeChart("Fixed costs", ChartStyle.TITLE, plot, false));
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setSeriesPaint(0, new java.awt.Color(0x0072B2));
        renderer.setErrorIndicatorStroke(ChartStyle.ERROR_BAR);
        renderer.setErrorIndicatorPaint(java.awt.Color.BLACK);
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        renderer.setBase(0.1);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        plot.setRenderer(renderer);
        return chart;
    }

    /**
     * Latency percentile curves on a "nines" axis: x is {@code -log10(1 - p)}, so 90%, 99%, 99.9% are
     * evenly spaced; y is latency on a log scale. One curve per strategy and rate (colour per
     * strategy, dash per rate), each {@code {percentile 0..100, µs}} points.
     */
    JFreeChart latency(String title, List<LatencyCurve> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        double maxNines = 1;
        for (LatencyCurve curve : curves) {
            XYSeries s = new XYSeries(curve.label(), false, true);
            for (double[] p : curve.points()) {
                if (p[1] > 0 && p[0] < 100) {
                    double nines = -Math.log10(1 - p[0] / 100);
                    s.add(nines, p[1]);
                    maxNines = Math.max(maxNines, nines);
                }
            }
            data.addSeries(s);
        }
        NumberAxis x = new NinesAxis();
        x.setRange(0, Math.max(3.1, Math.ceil(maxNines * 10) / 10 + 0.1));
        LogAxis y = new LogAxis("latency (\u00b5s, log scale)");
        y.setSmallestValue(0.1);
        // Ticks at powers of two: round labels on a log scale.
        y.setTickUnit(new NumberTickUnit(Math.log10(2), new java.text.DecimalFormat("#,##0.#")));
        y.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.#"));
        XYPlot plot = new XYPlot(data, x, y, null);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, true));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < curves.size(); i++) {
            renderer.setSeriesPaint(i, style.colour(curves.get(i).strategy()));
            renderer.setSeriesStroke(i, ChartStyle.dashed(curves.get(i).rateIndex()));
        }
        plot.setRenderer(renderer);
        subtitle(chart, "open loop, from each request's intended start; solid: the lowest rate, dashed: higher rates");
        legendRight(chart);
        return chart;
    }

    /** One latency distribution to draw: a strategy at one rate ({@code rateIndex} 0 for the lowest). */
    record LatencyCurve(String label, String strategy, int rateIndex, double[][] points) {
    }

    /**
     * The orm crossover: time over duplicated SYNC's (95% interval as error bars) against the fraction
     * of lookups that reach the server, one line per strategy.
     */
    JFreeChart crossover(String title, Map<String, List<double[]>> lines) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<String> names = new ArrayList<>();
        lines.forEach((strategy, points) -> {
            YIntervalSeries s = new YIntervalSeries(strategy);
            points.forEach(p -> s.add(p[0], p[1], p[2], p[3]));
            data.addSeries(s);
            names.add(strategy);
        });
        NumberAxis x = new NumberAxis("fraction of lookups that reach the server (1 - hit ratio)");
        x.setRange(-0.03, 1.03);
        NumberAxis y = new NumberAxis("time / duplicated SYNC time");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, null);
        plot.addRangeMarker(asFastAsSync());
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, ChartStyle.TITLE, plot, true));
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setErrorStroke(ChartStyle.ERROR_BAR);
        renderer.setCapLength(8);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < names.size(); i++) {
            renderer.setSeriesPaint(i, style.colour(names.get(i)));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-5, -5, 10, 10));
        }
        renderer.setErrorPaint(null);
        plot.setRenderer(renderer);
        subtitle(chart, "points: ratio of means with 95% interval; 0 = every lookup answered by the cache,"
                + " 1 = every lookup waits for the server");
        legendRight(chart);
        return chart;
    }

    private static double lowest(XYSeriesCollection data) {
        double low = Double.POSITIVE_INFINITY;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            if (!data.getSeries(i).isEmpty()) {
                low = Math.min(low, data.getSeries(i).getMinY());
            }
        }
        return Double.isFinite(low) && low > 0 ? low : 1;
    }

    private static double highest(XYSeriesCollection data) {
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.getSeriesCount(); i++) {
            if (!data.getSeries(i).isEmpty()) {
                high = Math.max(high, data.getSeries(i).getMaxY());
            }
        }
        return Double.isFinite(high) ? high : 1;
    }

    private static NumberAxis depthAxis() {
        NumberAxis x = new NumberAxis("depth (layers above the leaf)");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return x;
    }

    private static void subtitle(JFreeChart chart, String text) {
        chart.addSubtitle(new org.jfree.chart.title.TextTitle(text, ChartStyle.TICK));
    }

    private static void legendRight(JFreeChart chart) {
        LegendTitle legend = chart.getLegend();
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(8, 8, 8, 16));
        if (legend != null) {
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setItemFont(ChartStyle.LEGEND);
        }
    }

    /**
     * Writes {@code name.png} into {@code folder}: the image the report and the README show. With
     * {@code svg}, also {@code name.svg}, a scalable copy for reading a chart up close.
     */
    static void write(JFreeChart chart, Path folder, String name, boolean svg) throws IOException {
        ChartUtils.saveChartAsPNG(folder.resolve(name + ".png").toFile(), chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
        if (!svg) {
            return;
        }
        SVGGraphics2D graphics = new SVGGraphics2D(ChartStyle.WIDTH, ChartStyle.HEIGHT);
        chart.draw(graphics, new Rectangle(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
        SVGUtils.writeToSVG(folder.resolve(name + ".svg").toFile(), graphics.getSVGElement());
    }

    /** The percentile axis: {@code -log10(1 - p)}, ticked at 50%, 90%, 99% and 99.9%. */
    private static final class NinesAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private static final double[] NINES = {-Math.log10(0.5), 1, 2, 3, 4, 5, 6};

        NinesAxis() {
            super("percentile");
            setNumberFormatOverride(new NinesFormat());
        }

        @Override
        public java.util.List<org.jfree.chart.axis.NumberTick> refreshTicks(java.awt.Graphics2D g2,
                org.jfree.chart.axis.AxisState state, java.awt.geom.Rectangle2D dataArea, RectangleEdge edge) {
            java.util.List<org.jfree.chart.axis.NumberTick> ticks = new ArrayList<>();
            for (double nines : NINES) {
                if (nines > getUpperBound()) {
                    break;
                }
                ticks.add(new org.jfree.chart.axis.NumberTick(nines, getNumberFormatOverride().format(nines),
                        org.jfree.chart.ui.TextAnchor.TOP_CENTER, org.jfree.chart.ui.TextAnchor.CENTER, 0.0));
            }
            return ticks;
        }
    }

    /** Tick labels of the nines axis: 1 → 90%, 2 → 99%, 3 → 99.9%. */
    private static final class NinesFormat extends java.text.NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double nines, StringBuffer to, java.text.FieldPosition pos) {
            double p = (1 - Math.pow(10, -nines)) * 100;
            return to.append(new java.text.DecimalFormat("0.###").format(p)).append('%');
        }

        @Override
        public StringBuffer format(long nines, StringBuffer to, java.text.FieldPosition pos) {
            return format((double) nines, to, pos);
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            throw new UnsupportedOperationException();
        }
    }

    /** The line at ratio 1 on a ratio chart: as fast as the hand-written sync code. */
    private static ValueMarker asFastAsSync() {
        ValueMarker same = new ValueMarker(1.0, java.awt.Color.GRAY, ChartStyle.ERROR_BAR);
        same.setLabel("as fast as hand-written sync");
        same.setLabelFont(ChartStyle.TICK);
        same.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        same.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        return same;
    }
}
