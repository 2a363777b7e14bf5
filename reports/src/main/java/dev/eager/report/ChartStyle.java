package dev.eager.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.CategoryPlot;

/**
 * The one place the report's look is decided: size, fonts, strokes, antialiasing, and one colour per
 * strategy that stays the same in every chart.
 */
final class ChartStyle {
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final Stroke LINE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke FITTED = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
            new float[] {10f, 7f}, 0f);
    static final Stroke ERROR_BAR = new BasicStroke(2f);
    /** The floor every chart is read against (duplicated SYNC): grey, thick, behind the strategies. */
    static final Color FLOOR = new Color(0xA8A8A8);
    static final Stroke FLOOR_LINE = new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** Dash patterns for a second dimension on one chart (e.g. the request rate): solid first. */
    private static final float[][] DASHES = {null, {12f, 6f}, {3f, 5f}, {14f, 5f, 3f, 5f}};
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 18);

    /** Distinct under common colour blindness (Okabe-Ito first), then more; no grey: grey is the floor. */
    private static final Color[] PALETTE = {
        new Color(0x000000), new Color(0xD55E00), new Color(0x0072B2), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x8C564B),
        new Color(0x393B79), new Color(0xBCBD22), new Color(0x9467BD), new Color(0x17BECF)};

    private final Map<String, Color> colours = new LinkedHashMap<>();

    /** Colours handed out in the run's strategy order, so every chart of a report agrees. */
    ChartStyle(List<String> strategies) {
        for (String s : strategies) {
            colours.put(s, PALETTE[colours.size() % PALETTE.length]);
        }
    }

    /** The stroke of the {@code index}-th value of a second dimension: solid, dashed, dotted, dash-dot. */
    static Stroke dashed(int index) {
        float[] dash = DASHES[index % DASHES.length];
        return dash == null ? LINE : new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, dash, 0f);
    }

    Paint colour(String strategy) {
        return colours.computeIfAbsent(strategy, s -> PALETTE[colours.size() % PALETTE.length]);
    }

    /** Applies the theme, white background and antialiasing to a finished chart. */
    static JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(TITLE);
        theme.setLargeFont(LABEL);
        theme.setRegularFont(LEGEND);
        theme.setSmallFont(TICK);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.setBackgroundPaint(Color.WHITE);
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(new Color(0xDDDDDD));
            xy.setRangeGridlinePaint(new Color(0xDDDDDD));
            xy.getDomainAxis().setTickLabelFont(TICK);
            xy.getRangeAxis().setTickLabelFont(TICK);
            xy.getDomainAxis().setLabelFont(LABEL);
            xy.getRangeAxis().setLabelFont(LABEL);
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(new Color(0xDDDDDD));
            cat.getDomainAxis().setTickLabelFont(TICK);
            cat.getRangeAxis().setTickLabelFont(TICK);
            cat.getRangeAxis().setLabelFont(LABEL);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LEGEND);
        }
        return chart;
    }
}
