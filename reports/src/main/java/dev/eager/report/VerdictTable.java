package dev.eager.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The fitted cost model of a run as a text table, Markdown or JSON rows. */
final class VerdictTable {
    private static final List<String> HEADER = List.of("strategy", "mode", "layers", "metric", "unit",
            "fixed [95% CI]", "slope [95% CI]", "slope ceiling", "verdict");

    private VerdictTable() {
    }

    /** The table with the run it came from and the margins and their reasons. */
    static String text(CostModel model) {
        return heading(model) + Format.table(HEADER, cells(model, false)) + margins();
    }

    /** The same for a pull-request comment or summary.md. */
    static String markdown(CostModel model) {
        return heading(model).replace("\n", "  \n") + "\n" + Format.markdown(HEADER, cells(model, true))
                + "\n" + margins().replace("\n", "  \n");
    }

    /** JSON rows: strategy, mode, layers, metric, unit, fixed, fixedLow, fixedHigh, slope, slopeLow, slopeHigh, verdict. */
    static String json(CostModel model) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode rows = mapper.createArrayNode();
        for (FitRow row : model.rows()) {
            ObjectNode o = rows.addObject();
            o.put("strategy", row.key().strategy());
            o.put("mode", row.key().mode());
            o.put("layers", row.key().layers());
            o.put("metric", row.key().metric().label());
            o.put("unit", row.key().metric().unit());
            LinearFit f = row.fit();
            o.put("fixed", f.fixed());
            o.put("fixedLow", f.fixedLow());
            o.put("fixedHigh", f.fixedHigh());
            o.put("slope", f.slope());
            o.put("slopeLow", f.slopeLow());
            o.put("slopeHigh", f.slopeHigh());
            o.put("slopeCeiling", row.ceiling());
            o.put("verdict", row.verdict().label());
        }
        try {
            return mapper.writeValueAsString(rows) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String heading(CostModel model) {
        Manifest m = model.run().manifest();
        return "run " + model.run().name() + " (profile " + m.profile() + ", commit " + m.commit() + ", "
                + m.jdk() + ", " + m.machine() + ")\n"
                + "cost(depth) = fixed + slope * depth, least squares, 95% intervals; " + LinearFit.RANGE_REASON + ";\n"
                + "verdict against the same run's duplicated SYNC slope over the same layers and metric;\n"
                + "estimator: " + Sample.METHOD + ".\n\n";
    }

    static String margins() {
        StringBuilder out = new StringBuilder("\npays-once when the slope's 95% interval lies at or below the reference slope plus the margin:\n");
        for (Metric metric : Metric.values()) {
            Margin margin = Margin.of(metric);
            out.append("  ").append(metric.label()).append(" margin ").append(margin.describe(metric))
                    .append(": ").append(margin.reason()).append(".\n");
        }
        return out.toString();
    }

    private static List<List<String>> cells(CostModel model, boolean bold) {
        List<List<String>> rows = new ArrayList<>();
        for (FitRow row : model.rows()) {
            LinearFit f = row.fit();
            String verdict = row.verdict().label();
            rows.add(List.of(row.key().strategy(), row.key().mode(), row.key().layers(), row.key().metric().label(),
                    row.key().metric().unit(),
                    Format.interval(f.fixed(), f.fixedLow(), f.fixedHigh()),
                    Format.interval(f.slope(), f.slopeLow(), f.slopeHigh()),
                    Format.number(row.ceiling()),
                    bold && row.verdict() == Verdict.PAYS_PER_LAYER ? "**" + verdict + "**" : verdict));
        }
        return rows;
    }
}
