package dev.eager.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's JIT-tier section: one chart per tier (EAGER over opaque layers against duplicated
 * SYNC under the same tier) and the slopes and verdicts of every tier side by side, for time and
 * for bytes. A run that measured C2 only has no such section.
 */
final class TierSection {
    private final CostModel model;

    TierSection(CostModel model) {
        this.model = model;
    }

    /**
     * The tiers of this run when it measured more than C2 ({@link Tiers#ORDER}), else none: a run
     * without other tiers has no tier section.
     */
    List<String> tiers() {
        List<String> present = model.rows().stream().map(r -> Tiers.of(r.key().layers())).distinct().toList();
        return present.size() < 2 ? List.of() : Tiers.ORDER.stream().filter(present::contains).toList();
    }

    /** The strategies measured under a tier other than C2: those each tier's chart and table compare. */
    private List<String> strategies() {
        return model.rows().stream().filter(r -> !Tiers.isDefault(r.key().layers())).map(r -> r.key().strategy())
                .distinct().toList();
    }

    /** One tier's chart: EAGER of the tier strategies and the reference, opaque METHODS layers, time. */
    List<FitRow> chartRows(String tier) {
        String layers = Tiers.layers("opaque", tier);
        List<String> strategies = strategies();
        return model.rows().stream().filter(r -> r.key().metric() == Metric.TIME && r.key().layers().equals(layers)
                && strategies.contains(r.key().strategy())
                && (r.key().isReference() || r.key().mode().equals("EAGER") && !r.key().strategy().equals(
                        ChainPoint.REFERENCE_STRATEGY))).toList();
    }

    static String name(String tier) {
        return switch (tier) {
            case "C1" -> "C1 only (-XX:TieredStopAtLevel=1)";
            case "INTERPRETER" -> "the interpreter (-Xint)";
            default -> "C2 (the default)";
        };
    }

    /**
     * The tier table of one metric: a line per (strategy, mode, layers without tier), a column per
     * tier with the slope, its interval and the verdict against duplicated SYNC under that tier.
     */
    List<List<String>> cells(Metric metric, boolean html) {
        List<String> tiers = tiers();
        List<String> strategies = strategies();
        List<List<String>> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (FitRow r : model.rows()) {
            SeriesKey k = r.key();
            String layers = Tiers.withoutTier(k.layers());
            if (k.metric() != metric || !strategies.contains(k.strategy()) || k.mode().equals("ASYNC")
                    || !seen.add(k.strategy() + " " + k.mode() + " " + layers)) {
                continue;
            }
            List<String> line = new ArrayList<>(List.of(k.strategy(), k.mode(), layers));
            boolean any = false;
            for (String tier : tiers) {
                Optional<FitRow> row = model.row(new SeriesKey(k.strategy(), k.mode(), Tiers.layers(layers, tier), metric));
                any |= row.isPresent() && !tier.equals(Tiers.DEFAULT);
                line.add(row.map(t -> {
                    LinearFit f = t.fit();
                    String verdict = t.verdict().label();
                    boolean perLayer = t.verdict() == Verdict.PAYS_PER_LAYER;
                    return Format.interval(f.slope(), f.slopeLow(), f.slopeHigh()) + " "
                            + (perLayer ? (html ? "<b>" + verdict + "</b>" : "**" + verdict + "**") : verdict);
                }).orElse("–"));
            }
            if (any) {
                out.add(line);
            }
        }
        return out;
    }

    List<String> header(Metric metric) {
        List<String> header = new ArrayList<>(List.of("strategy", "mode", "layers"));
        tiers().forEach(t -> header.add(t + ": " + metric.slopeUnit() + " [95% CI], verdict"));
        return header;
    }

    static final String NOTE = "Each tier's verdicts are read against duplicated SYNC measured under the"
            + " same tier, with the same margins. C1 compiles without profiling or escape analysis; the interpreter"
            + " compiles nothing, so there the opaque and inlined chains are the same code and only the opaque one"
            + " runs, with one warm-up iteration. JMH's own loop is interpreted there too: it adds to every call"
            + " alike, to the fixed cost, not the slope.";

    /** The chart of one tier: its file name. */
    static String chartName(String tier) {
        return "tier-" + tier.toLowerCase(java.util.Locale.ROOT);
    }

    /** The section in Markdown, for summary.md (empty without other tiers). */
    String markdown() {
        if (tiers().isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## JIT tiers\n\n");
        for (Metric metric : Metric.values()) {
            md.append(Format.markdown(header(metric), cells(metric, false))).append('\n');
        }
        return md.append(NOTE).append('\n').toString();
    }
}
