package dev.eager.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regression gate of DESIGN section 8, in the order it trusts the evidence on a noisy machine:
 * allocation against the stored baseline (exact per JDK), the slope against the same run's sync
 * slope, then time against the base commit measured in the same run, fork by fork interleaved
 * ({@link BaseComparison}). Time is never compared with a stored baseline: measured on another day
 * the host moves by more than the regressions the gate must see. The {@code future} EAGER negative
 * control must come out pays-per-layer, else the measurement itself is broken.
 */
public final class Gate {
    /** The strategy that pays per layer by construction. */
    public static final String NEGATIVE_CONTROL = "future";
    /** Bytes/op above the baseline that are still not "more": less than the smallest object (16 B). */
    static final double ALLOC_TOLERANCE = 8;
    /** The layer kind whose allocation escape analysis cannot change from run to run (no inlining), any shape. */
    static final String EXACT_LAYERS = "opaque";

    /**
     * How a check begins when a series the baseline holds to pay-once comes out inconclusive: not a
     * failure (a failure needs the whole interval above the ceiling), but worth a line of its own.
     */
    static final String INCONCLUSIVE_NOW = "inconclusive now";

    private final CostModel baseline;
    private final CostModel run;
    private final List<Check> checks = new ArrayList<>();

    private Gate(CostModel baseline, CostModel run) {
        this.baseline = baseline;
        this.run = run;
    }

    /** As {@link #judge(Run, Run, Run, String)} with no base measured: same-run invariants only for time. */
    public static List<Check> judge(Run baselineRun, Run run) {
        return judge(baselineRun, run, null, "no base commit was measured with this run");
    }

    /**
     * Gates {@code run} against the stored {@code baseline} (allocation, and which series pay once)
     * and, for time, against {@code base}: the baseline's commit measured in the same session with
     * forks paired round by round; {@code null} when it could not be, {@code whyNoBase} saying why.
     * Baseline and run must come from the same JDK.
     */
    public static List<Check> judge(Run baselineRun, Run run, Run base, String whyNoBase) {
        String baseJdk = baselineRun.manifest().jdk();
        String runJdk = run.manifest().jdk();
        if (!baseJdk.equals(runJdk)) {
            throw new BadInput(baselineRun.folder().resolve(RunFolder.MANIFEST), "baseline is from JDK '" + baseJdk
                    + "' but the run is from '" + runJdk + "': allocation is exact only per JDK;"
                    + " commit a baseline for this JDK under results/baselines/");
        }
        // The gate measures and judges C2 only: a run or baseline with other tiers is judged on its C2 series.
        Gate gate = new Gate(CostModel.of(baselineRun.atDefaultTier()).requireEveryFit(),
                CostModel.of(run.atDefaultTier()).requireEveryFit());
        gate.negativeControl();
        gate.allocation();
        gate.slopes();
        if (base == null) {
            gate.checks.add(new Check(3, Check.Outcome.SKIP, "time against the base commit", "not compared: "
                    + whyNoBase + "; time is judged on same-run invariants only (steps 0 and 2), never against"
                    + " a baseline measured on another day"));
        } else {
            gate.checks.addAll(BaseComparison.of(gate.run.series(), CostModel.of(base.atDefaultTier()).series()));
        }
        return List.copyOf(gate.checks);
    }

    /**
     * Step 3 over several measurements pooled: {@code runs.get(i)} against {@code bases.get(i)},
     * measured beside it, the measurements' rounds side by side (a first pass and its confirmation).
     */
    public static List<Check> pooledBaseComparison(List<Run> runs, List<Run> bases) {
        return BaseComparison.pooled(runs.stream().map(r -> CostModel.of(r.atDefaultTier()).series()).toList(),
                bases.stream().map(r -> CostModel.of(r.atDefaultTier()).series()).toList());
    }

    private void negativeControl() {
        List<String> layerKinds = run.rows().stream().map(r -> r.key().layers()).distinct().toList();
        for (String layers : layerKinds) {
            SeriesKey key = new SeriesKey(NEGATIVE_CONTROL, "EAGER", layers, Metric.TIME);
            Optional<FitRow> row = run.row(key);
            if (row.isEmpty()) {
                add(0, false, key, "the negative control is missing from the run: the gate cannot show it"
                        + " tells per-layer costs apart (measurement broken)");
            } else {
                // Told apart only when its whole interval clears the ceiling: a slope interval so
                // wide that it also covers pay-once values would make every verdict meaningless.
                FitRow r = row.get();
                boolean apart = r.fit().slopeLow() > r.ceiling();
                add(0, apart, key, "negative control " + r.verdict().label() + ", slope " + slope(r)
                        + (apart ? " lies above" : " reaches below") + " the pay-once ceiling "
                        + Format.number(r.ceiling()) + " ns/layer" + (apart ? ""
                        : ": the gate cannot tell it from pay-once strategies (measurement broken or too noisy)"));
            }
        }
    }

    /** Step 1: bytes/op of pay-once series must not grow with depth; no series may exceed its baseline. */
    private void allocation() {
        for (FitRow r : run.rows()) {
            if (r.key().metric() != Metric.ALLOC) {
                continue;
            }
            Optional<FitRow> base = baseline.row(r.key());
            if (base.isEmpty()) {
                checks.add(new Check(1, Check.Outcome.SKIP, r.key().toString(), "not in the baseline"));
                continue;
            }
            if (heldToPayOnce(base.get())) {
                // Evidence, as in step 2: the whole interval above the ceiling. Exact series have
                // zero-width intervals; a series whose bytes vary from fork to fork (a virtual
                // thread's scheduling, a library's escape analysis) fails only when it clearly grows.
                boolean grows = r.verdict() == Verdict.PAYS_PER_LAYER;
                String text = switch (r.verdict()) {
                    case PAYS_PER_LAYER -> "grows with depth: slope " + slope(r) + " > ";
                    case PAYS_ONCE -> "does not grow with depth: slope " + slope(r) + " <= ";
                    case INCONCLUSIVE -> INCONCLUSIVE_NOW + " (reported, not failed: no evidence it grows):"
                            + " slope " + slope(r) + " straddles ";
                };
                add(1, !grows, r.key(), text + Format.number(r.ceiling()) + " B/layer ceiling");
            }
            exceedsBaseline(r);
        }
    }

    /**
     * Step 1, second half: this run's point (bytes/op, {@link Sample#point()}) against the upper end
     * of the baseline point's 95% interval at the same depth, plus less than the smallest object, at
     * more than half the depths: more than the baseline's code allocates beyond its own noise. A code
     * change that allocates more does so on the path every depth takes (a fixed or a per-layer object
     * shows at every depth); what varies with timing does not: continuations-vt ASYNC counts the
     * scheduler's allocation too, 658 B in some forks and ~700 B in others, and the interval of a
     * median over six forks or fewer spans all of them. Where the baseline's own forks already sit at
     * different levels (set per JVM, as kotlin ASYNC's are), exceeding them is not yet a failure but a
     * {@link Check.Outcome#RECHECK}: fresh JVMs decide, as they do for a time check.
     */
    private void exceedsBaseline(FitRow r) {
        Map<Integer, Sample> now = run.series().get(r.key());
        Map<Integer, Sample> then = baseline.series().get(r.key());
        List<String> over = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        String worst = null;
        double worstExcess = Double.NEGATIVE_INFINITY;
        int compared = 0;
        for (var e : now.entrySet()) {
            Sample b = then.get(e.getKey());
            if (b == null) {
                continue;
            }
            compared++;
            double[] baseForks = b.forkValues();
            double lowest = Arrays.stream(baseForks).min().orElseThrow();
            double highest = Arrays.stream(baseForks).max().orElseThrow();
            if (highest - lowest > ALLOC_TOLERANCE) {
                levels.add("depth " + e.getKey() + " " + Format.number(lowest) + " to " + Format.number(highest) + " B/op");
            }
            double excess = e.getValue().point() - b.high();
            String text = "depth " + e.getKey() + " " + Format.number(e.getValue().point()) + " vs at most "
                    + Format.number(b.high()) + " B/op";
            if (excess > ALLOC_TOLERANCE) {
                over.add(text);
            }
            if (excess > worstExcess) {
                worstExcess = excess;
                worst = text;
            }
        }
        if (compared == 0) {
            checks.add(new Check(1, Check.Outcome.SKIP, r.key().toString(), "no depth in common with the baseline"));
            return;
        }
        String tolerance = " (tolerance " + Format.number(ALLOC_TOLERANCE) + " B, half the smallest object)";
        boolean exceeds = over.size() > compared / 2;
        if (exceeds && !r.key().layers().startsWith(EXACT_LAYERS)) {
            // Across inlined layers escape analysis decides what is allocated, and its decisions
            // differ between runs (seen here: future EAGER 192 vs 240 B/op at depth 10). The same
            // code is held to its baseline exactly through the opaque layers.
            checks.add(new Check(1, Check.Outcome.SKIP, r.key().toString(), "exceeds baseline at "
                    + String.join("; ", over) + tolerance + ", but allocation across inlined layers varies with"
                    + " the JIT's escape analysis; gated through the opaque layers"));
            return;
        }
        if (exceeds && !levels.isEmpty()) {
            // The baseline's own forks of this code allocate at different levels, fixed per JVM (seen:
            // kotlin ASYNC 600, 624, 640 or 664 B/op at depth 1 on unchanged code), and six forks need
            // not show every level: a new one is a question for fresh JVMs, as a time check's is.
            checks.add(new Check(1, Check.Outcome.RECHECK, r.key().toString(), "exceeds baseline at " + over.size()
                    + " of " + compared + " depths: " + String.join("; ", over) + tolerance + " (unsettled: the"
                    + " baseline's own forks allocate at levels set per JVM, " + String.join("; ", levels)
                    + "; measured again)"));
        } else if (exceeds) {
            add(1, false, r.key(), "exceeds baseline at " + over.size() + " of " + compared + " depths: "
                    + String.join("; ", over) + tolerance);
        } else if (!over.isEmpty()) {
            add(1, true, r.key(), over.size() + " of " + compared + " depths over the baseline, not most (a change"
                    + " in the code would show at every depth): " + String.join("; ", over) + tolerance);
        } else {
            add(1, true, r.key(), "within baseline at every depth: worst " + worst + tolerance);
        }
    }

    /** Step 2: a series that paid once in the baseline must still pay once against this run's sync slope. */
    private void slopes() {
        for (FitRow r : run.rows()) {
            if (r.key().metric() != Metric.TIME || r.key().isReference()) {
                continue;
            }
            Optional<FitRow> base = baseline.row(r.key());
            if (base.isEmpty()) {
                checks.add(new Check(2, Check.Outcome.SKIP, r.key().toString(), "not in the baseline"));
            } else if (heldToPayOnce(base.get())) {
                // Like step 3, a failure needs evidence: the whole interval above the ceiling. An
                // interval straddling it is noise the gate cannot judge; it passes and says so.
                boolean above = r.verdict() == Verdict.PAYS_PER_LAYER;
                String text = switch (r.verdict()) {
                    case PAYS_PER_LAYER -> "pays-per-layer now: slope " + slope(r) + " lies above";
                    case PAYS_ONCE -> "slope " + slope(r) + " lies at or below";
                    case INCONCLUSIVE -> INCONCLUSIVE_NOW + " (reported, not failed: too noisy to call a"
                            + " regression): slope " + slope(r) + " straddles";
                } + " the ceiling " + Format.number(r.ceiling()) + " ns/layer (sync slope + margin)";
                if (base.get().verdict() == Verdict.PAYS_ONCE) {
                    add(2, !above, r.key(), text);
                } else {
                    // The baseline itself reached above the ceiling (bypass-prologue's flag read per
                    // layer costs about the margin): crossing it is that series' noise, not news.
                    // Step 3 still holds it to the base commit measured in the same run.
                    checks.add(new Check(2, Check.Outcome.PASS, r.key().toString(), text
                            + "; not binding: the baseline's interval also reached above it"));
                }
            } else {
                checks.add(new Check(2, Check.Outcome.PASS, r.key().toString(),
                        "paid per layer in the baseline too (not held to pay-once): slope " + slope(r)));
            }
        }
    }

    /**
     * The time series the stored baseline holds to pay-once: what the gate measures against the
     * base commit (with the reference and the negative control).
     */
    public static java.util.Set<SeriesKey> seriesHeldToPayOnce(Run baseline) {
        java.util.Set<SeriesKey> held = new java.util.LinkedHashSet<>();
        for (FitRow r : CostModel.of(baseline.atDefaultTier()).requireEveryFit().rows()) {
            if (r.key().metric() == Metric.TIME && heldToPayOnce(r)) {
                held.add(r.key());
            }
        }
        return held;
    }

    /**
     * Whether the baseline says this series pays once: its best estimate of the slope is within the
     * ceiling. The estimate, not the interval: a noisy baseline must not exempt a pay-once series
     * from the gate because its interval also reached above the ceiling.
     */
    private static boolean heldToPayOnce(FitRow baselineRow) {
        return baselineRow.verdict() == Verdict.PAYS_ONCE || baselineRow.fit().slope() <= baselineRow.ceiling();
    }

    private void add(int step, boolean pass, SeriesKey key, String why) {
        checks.add(new Check(step, pass ? Check.Outcome.PASS : Check.Outcome.FAIL, key.toString(), why));
    }

    private static String slope(FitRow r) {
        LinearFit f = r.fit();
        return Format.interval(f.slope(), f.slopeLow(), f.slopeHigh());
    }
}
