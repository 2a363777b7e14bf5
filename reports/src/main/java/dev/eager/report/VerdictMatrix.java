package dev.eager.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The answer at a glance: one row per strategy, one column per mode (and per shape where the run
 * has the chain in several), each cell the verdict on time and on bytes per call over one kind of
 * layers ({@code opaque} or {@code inlined}).
 */
final class VerdictMatrix {
    private final CostModel model;
    private final String family;

    /** The matrix of {@code family}: {@code opaque} or {@code inlined}, every shape of it. */
    VerdictMatrix(CostModel model, String family) {
        this.model = model;
        this.family = family;
    }

    /** The layer kinds the run has, {@code opaque} first (where the claim is read). */
    static List<String> families(CostModel model) {
        List<String> out = new ArrayList<>();
        for (SeriesKey k : defaultTier(model)) {
            String f = family(k.layers());
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        out.sort(java.util.Comparator.comparingInt((String f) -> f.equals("opaque") ? 0 : 1).thenComparing(f -> f));
        return out;
    }

    /** The series under the default JIT tier: other tiers have a section of their own. */
    private static List<SeriesKey> defaultTier(CostModel model) {
        return model.series().keySet().stream().filter(k -> Tiers.isDefault(k.layers())).toList();
    }

    private static String family(String layers) {
        int dash = layers.indexOf('-');
        return dash < 0 ? layers : layers.substring(0, dash);
    }

    /** This family's layer keys: {@code opaque}, then its shapes ({@code opaque-classes}). */
    private List<String> layerKinds() {
        return defaultTier(model).stream().map(SeriesKey::layers).filter(l -> family(l).equals(family)).distinct()
                .sorted(java.util.Comparator.comparingInt((String l) -> l.length()).thenComparing(l -> l)).toList();
    }

    private List<String> modes() {
        return defaultTier(model).stream().filter(k -> family(k.layers()).equals(family)).map(SeriesKey::mode)
                .distinct().sorted(java.util.Comparator.comparingInt(SeriesKey::modeRank)).toList();
    }

    private static String shapeName(String layers) {
        int dash = layers.indexOf('-');
        return dash < 0 ? "METHODS" : layers.substring(dash + 1).toUpperCase(Locale.ROOT);
    }

    /** The matrix as an HTML table with a caption. */
    String html() {
        List<String> kinds = layerKinds();
        List<String> modes = modes();
        boolean shapes = kinds.size() > 1;
        StringBuilder h = new StringBuilder("<table class=\"matrix\"><caption>").append(Html.esc(family))
                .append(" layers: time / bytes per call, each against duplicated SYNC's per-layer cost; ? = inconclusive"
                        + " (the interval straddles the ceiling; hover a cell for the numbers)</caption>\n<tr><th rowspan=\"")
                .append(shapes ? 2 : 1).append("\">strategy</th>");
        for (String mode : modes) {
            h.append("<th").append(shapes ? " colspan=\"" + kinds.size() + "\"" : "").append(">").append(mode).append("</th>");
        }
        h.append("</tr>\n");
        if (shapes) {
            h.append("<tr>");
            for (int m = 0; m < modes.size(); m++) {
                for (String kind : kinds) {
                    h.append("<th>").append(shapeName(kind)).append("</th>");
                }
            }
            h.append("</tr>\n");
        }
        for (String strategy : model.run().strategies()) {
            if (defaultTier(model).stream().noneMatch(k -> k.strategy().equals(strategy)
                    && family(k.layers()).equals(family))) {
                continue;
            }
            h.append("<tr><th>").append(Html.esc(strategy)).append("</th>");
            for (String mode : modes) {
                for (String kind : kinds) {
                    h.append("<td>").append(cell(strategy, mode, kind)).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    private String cell(String strategy, String mode, String layers) {
        SeriesKey time = new SeriesKey(strategy, mode, layers, Metric.TIME);
        if (!model.series().containsKey(time)) {
            return "<span class=\"none\">&ndash;</span>";
        }
        return verdict(time) + " / " + verdict(new SeriesKey(strategy, mode, layers, Metric.ALLOC));
    }

    private String verdict(SeriesKey key) {
        Optional<FitRow> row = model.row(key);
        if (row.isEmpty()) {
            return model.series().containsKey(key) ? "<span class=\"unfitted\">not fitted</span>"
                    : "<span class=\"none\">&ndash;</span>";
        }
        FitRow r = row.get();
        String title = r.key() + ": slope " + Format.interval(r.fit().slope(), r.fit().slopeLow(), r.fit().slopeHigh())
                + " " + key.metric().slopeUnit() + ", ceiling " + Format.number(r.ceiling());
        return "<span class=\"" + Html.verdictClass(r.verdict()) + "\" title=\"" + Html.esc(title) + "\">"
                + (key.isReference() ? "reference" : r.verdict().shortLabel()) + "</span>";
    }
}
