package dev.eager.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regression gate of DESIGN section 8, in the order it trusts the evidence on a noisy machine:
 * allocation (exact), then the slope against the same run's sync slope, then same-run ratios against
 * the baseline's ratios. The {@code future} EAGER negative control must come out pays-per-layer,
 * else the measurement itself is broken.
 */
public final class Gate {
    /** The strategy that pays per layer by construction. */
    static final String NEGATIVE_CONTROL = "future";
    /** A ratio moves this much (or more) before the gate looks at its interval. */
    static final double RATIO_EFFECT = 0.10;
    /** How many depths must show that effect beyond noise before a ratio counts as a regression. */
    static final int CONFIRMING_DEPTHS = 2;
    /** Bytes/op above the baseline that are still not "more": less than the smallest object (16 B). */
    static final double ALLOC_TOLERANCE = 8;
    /** The layer kind whose allocation escape analysis cannot change from run to run (no inlining). */
    static final String EXACT_LAYERS = "opaque";

    private final CostModel baseline;
    private final CostModel run;
    private final List<Check> checks = new ArrayList<>();

    private Gate(CostModel baseline, CostModel run) {
        this.baseline = baseline;
        this.run = run;
    }

    /** Gates {@code run} against {@code baseline}; both must come from the same JDK. */
    public static List<Check> judge(Run baselineRun, Run run) {
        String baseJdk = baselineRun.manifest().jdk();
        String runJdk = run.manifest().jdk();
        if (!baseJdk.equals(runJdk)) {
            throw new BadInput(baselineRun.folder().resolve(RunReader.MANIFEST), "baseline is from JDK '" + baseJdk
                    + "' but the run is from '" + runJdk + "': allocation is exact only per JDK;"
                    + " commit a baseline for this JDK under results/baselines/");
        }
        Gate gate = new Gate(CostModel.of(baselineRun), CostModel.of(run));
        gate.negativeControl();
        gate.allocation();
        gate.slopes();
        gate.ratios();
        return List.copyOf(gate.checks);
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
                LinearFit f = r.fit();
                boolean grows = f.slopeLow() > r.ceiling();
                String where = grows ? " > " : f.slopeHigh() <= r.ceiling() ? " <= " : " straddles ";
                add(1, !grows, r.key(), (grows ? "grows with depth: slope " : "does not grow with depth: slope ")
                        + slope(r) + where + Format.number(r.ceiling()) + " B/layer ceiling");
            }
            exceedsBaseline(r);
        }
    }

    /**
     * Step 1, second half: this run's bytes/op (median of its iterations) against the most the
     * baseline measured at the same depth, plus less than the smallest object, at more than half
     * the depths. A code change that allocates more does so on the path every depth takes (a fixed
     * or a per-layer object shows at every depth); what varies with timing does not: continuations-vt
     * ASYNC counts the scheduler's allocation too, 658 B in some forks and ~700 B in others, which
     * the baseline's three forks need not have seen.
     */
    private void exceedsBaseline(FitRow r) {
        Map<Integer, Sample> now = run.series().get(r.key());
        Map<Integer, Sample> then = baseline.series().get(r.key());
        List<String> over = new ArrayList<>();
        String worst = null;
        double worstExcess = Double.NEGATIVE_INFINITY;
        int compared = 0;
        for (var e : now.entrySet()) {
            Sample b = then.get(e.getKey());
            if (b == null) {
                continue;
            }
            compared++;
            double excess = e.getValue().median() - b.max();
            String text = "depth " + e.getKey() + " " + Format.number(e.getValue().median()) + " vs at most "
                    + Format.number(b.max()) + " B/op";
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
        if (exceeds && !r.key().layers().equals(EXACT_LAYERS)) {
            // Across inlined layers escape analysis decides what is allocated, and its decisions
            // differ between runs (seen here: future EAGER 192 vs 240 B/op at depth 10). The same
            // code is held to its baseline exactly through the opaque layers.
            checks.add(new Check(1, Check.Outcome.SKIP, r.key().toString(), "exceeds baseline at "
                    + String.join("; ", over) + tolerance + ", but allocation across inlined layers varies with"
                    + " the JIT's escape analysis; gated through the opaque layers"));
            return;
        }
        if (exceeds) {
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
                LinearFit f = r.fit();
                boolean above = f.slopeLow() > r.ceiling();
                String where = above ? "lies above" : f.slopeHigh() <= r.ceiling() ? "lies at or below"
                        : "straddles (too noisy to call a regression)";
                String text = (above ? "pays-per-layer now: slope " : "slope ") + slope(r) + " " + where
                        + " the ceiling " + Format.number(r.ceiling()) + " ns/layer (sync slope + margin)";
                if (base.get().verdict() == Verdict.PAYS_ONCE) {
                    add(2, !above, r.key(), text);
                } else {
                    // The baseline itself reached above the ceiling (bypass-prologue's flag read per
                    // layer costs about the margin): crossing it is that series' noise, not news.
                    // The comparison with its own baseline slope below still holds it.
                    checks.add(new Check(2, Check.Outcome.PASS, r.key().toString(), text
                            + "; not binding: the baseline's interval also reached above it"));
                }
                slopeAgainstBaseline(r, base.get());
            } else {
                checks.add(new Check(2, Check.Outcome.PASS, r.key().toString(),
                        "paid per layer in the baseline too (not held to pay-once): slope " + slope(r)));
            }
        }
    }

    /**
     * Step 2, second half: the slope as a multiple of the same run's sync slope, against the
     * baseline's multiple. A per-layer cost too small to cross the pay-once ceiling (one extra call
     * every fifth layer: +20%) still moves this ratio; flagged when the effect is at least 10% and
     * the difference is beyond noise (its 95% interval above zero). Not "disjoint intervals" as in
     * step 3: a slope's interval is already wide (t on depths - 2 degrees of freedom), and
     * requiring two such intervals to part missed the +20% mutant, whose difference was 3.8
     * standard errors.
     */
    private void slopeAgainstBaseline(FitRow now, FitRow then) {
        Optional<FitRow> refNow = run.row(now.key().reference());
        Optional<FitRow> refThen = baseline.row(now.key().reference());
        if (refNow.isEmpty() || refThen.isEmpty()) {
            return;
        }
        Ratio ratioNow = Ratio.ofSlopes(now.fit(), refNow.get().fit());
        Ratio ratioThen = Ratio.ofSlopes(then.fit(), refThen.get().fit());
        if (!Double.isFinite(ratioNow.value()) || !Double.isFinite(ratioThen.value()) || ratioThen.value() <= 0) {
            return;
        }
        double effect = ratioNow.value() / ratioThen.value() - 1;
        boolean beyondNoise = ratioNow.aboveBeyondNoise(ratioThen);
        boolean fails = effect >= RATIO_EFFECT && beyondNoise;
        add(2, !fails, now.key(), (fails ? "per-layer cost grew: " : "per-layer cost ") + "slope / sync slope "
                + Format.interval(ratioNow.value(), ratioNow.low(), ratioNow.high()) + " vs baseline "
                + Format.interval(ratioThen.value(), ratioThen.low(), ratioThen.high()) + " ("
                + Format.change(1 + effect) + (fails ? ", beyond noise)" : beyondNoise
                        ? ", below the 10% effect)" : ", within noise)"));
    }

    /** Step 3: each ratio to the same run's sync, against the baseline's; a ≥10% effect with disjoint intervals fails. */
    private void ratios() {
        Map<SeriesKey, Map<Integer, Sample>> now = run.series();
        Map<SeriesKey, Map<Integer, Sample>> then = baseline.series();
        for (FitRow r : run.rows()) {
            SeriesKey key = r.key();
            if (key.metric() != Metric.TIME || key.isReference() || !then.containsKey(key)) {
                continue;
            }
            List<String> beyond = new ArrayList<>();
            String worst = null;
            double worstEffect = Double.NEGATIVE_INFINITY;
            int compared = 0;
            for (var e : now.get(key).entrySet()) {
                int depth = e.getKey();
                Sample refNow = now.get(key.reference()).get(depth);
                Sample base = then.get(key).get(depth);
                Sample refThen = then.getOrDefault(key.reference(), Map.of()).get(depth);
                if (refNow == null || base == null || refThen == null) {
                    continue;
                }
                compared++;
                Ratio ratioNow = Ratio.of(e.getValue(), refNow);
                Ratio ratioThen = Ratio.of(base, refThen);
                double effect = ratioNow.value() / ratioThen.value() - 1;
                boolean fails = effect >= RATIO_EFFECT && ratioNow.disjointFrom(ratioThen);
                String text = "depth " + depth + " ratio to sync " + Format.interval(ratioNow.value(), ratioNow.low(),
                        ratioNow.high()) + " vs baseline " + Format.interval(ratioThen.value(), ratioThen.low(),
                        ratioThen.high()) + " (" + Format.change(1 + effect) + (fails ? ", intervals disjoint)"
                        : ratioNow.disjointFrom(ratioThen) ? ", below the 10% effect)" : ", intervals overlap)");
                if (fails) {
                    beyond.add(text);
                }
                if (effect > worstEffect) {
                    worstEffect = effect;
                    worst = text;
                }
            }
            if (compared == 0) {
                checks.add(new Check(3, Check.Outcome.SKIP, key.toString(), "no depth in common with the baseline"));
                continue;
            }
            // Each depth is measured in its own fork: one fork's fluke moves one depth, a per-layer
            // regression moves every deep one. Confirmed only when two depths agree.
            int needed = Math.min(CONFIRMING_DEPTHS, compared);
            if (beyond.size() >= needed) {
                add(3, false, key, "slower than baseline at " + beyond.size() + " of " + compared + " depths: "
                        + String.join("; ", beyond));
            } else if (!beyond.isEmpty()) {
                add(3, true, key, "one depth beyond noise, not confirmed by another (each depth is its own fork): "
                        + beyond.getFirst());
            } else {
                add(3, true, key, "worst " + worst);
            }
        }
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
