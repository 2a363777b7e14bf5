package dev.eager.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.hipparchus.stat.descriptive.rank.Median;

/**
 * Step 3 of the gate: each time series of the candidate against the same series of the base commit,
 * both measured in one session with their forks interleaved (the duet, or A/B, design: a slow spell
 * of the shared host falls on both sides alike, so what differs between them is the code).
 *
 * <p>The forks are paired: the {@code i}-th fork of a series at a depth on either side was measured
 * in the same round. Each side's point at a depth is the median of its forks (an odd fork does not
 * move it); the per-layer cost is the least-squares slope through those points. The interval of a
 * change comes from resampling whole rounds with replacement (a paired bootstrap, seeded, so the
 * same data always gets the same verdict). A series fails when its per-layer cost, or its time at a
 * depth, grew by {@value #EFFECT_PERCENT}% or more and the 95% interval of the change lies wholly
 * above zero. When the change is {@value #EFFECT_PERCENT}% or more but its interval also reaches
 * zero, the run cannot settle it either way: the check is {@link Check.Outcome#RECHECK}, and the
 * gate measures that series again as it does a failure (a noisy run must not pass a regression it
 * could not see, nor fail one it could not prove).
 */
final class BaseComparison {
    /** The smallest change the gate calls a regression, as a fraction. */
    static final double EFFECT = 0.10;
    static final int EFFECT_PERCENT = 10;
    /** Resamples of the rounds for each interval. */
    static final int RESAMPLES = 2000;
    /** Fewer paired forks than this give no interval worth the name. */
    static final int MIN_PAIRS = 3;

    private BaseComparison() {
    }

    /** One pair of checks (per-layer cost, time per depth) for every time series both sides have. */
    static List<Check> of(Map<SeriesKey, Map<Integer, Sample>> candidate, Map<SeriesKey, Map<Integer, Sample>> base) {
        return pooled(List.of(candidate), List.of(base));
    }

    /**
     * As {@link #of}, over several measurements of the same series pooled: stage {@code i}'s
     * candidate paired with stage {@code i}'s base, round by round, the stages' rounds side by side
     * (a first pass and its confirmation, judged together when neither settles a check alone).
     */
    static List<Check> pooled(List<Map<SeriesKey, Map<Integer, Sample>>> candidates,
            List<Map<SeriesKey, Map<Integer, Sample>>> bases) {
        List<Check> checks = new ArrayList<>();
        for (var entry : candidates.getLast().entrySet()) {
            SeriesKey key = entry.getKey();
            if (key.metric() != Metric.TIME) {
                continue;
            }
            List<Map<Integer, Sample>> now = new ArrayList<>();
            List<Map<Integer, Sample>> then = new ArrayList<>();
            for (int stage = 0; stage < candidates.size(); stage++) {
                Map<Integer, Sample> c = candidates.get(stage).get(key);
                Map<Integer, Sample> b = bases.get(stage).get(key);
                if (c != null && b != null) {
                    now.add(c);
                    then.add(b);
                }
            }
            if (now.size() < candidates.size()) {
                continue;
            }
            Paired paired = Paired.of(now, then);
            if (paired.pairs() < MIN_PAIRS) {
                checks.add(new Check(3, Check.Outcome.SKIP, key.toString(), "fewer than " + MIN_PAIRS
                        + " forks paired with the base at every depth (" + paired.pairs() + "): not compared"));
                continue;
            }
            Random random = new Random(key.toString().hashCode());
            if (paired.depths().length >= 2) {
                checks.add(slope(key, paired, random));
                if (key.isReference()) {
                    checks.add(resolution(key, paired, new Random(random.nextLong())));
                }
            }
            checks.add(depths(key, paired, random));
        }
        return checks;
    }

    /** The subject of the line saying how small a change this run could see. */
    public static final String RESOLUTION = "resolution";

    /**
     * How small a change of per-layer cost this run could see: the half-width of the reference's
     * own change interval (the same code on both sides, so the interval is the run's noise). Not a
     * verdict: a PASS from a run that could not see 10% says less than one that could.
     */
    private static Check resolution(SeriesKey key, Paired p, Random random) {
        Interval noise = Interval.of(0, slopeChanges(p, random));
        double halfWidth = (noise.high() - noise.low()) / 2;
        return new Check(3, Check.Outcome.SKIP, RESOLUTION, String.format(java.util.Locale.ROOT,
                "+-%.0f%%: the reference (%s) against itself spans %s to %s in per-layer cost, so a change"
                        + " smaller than about that can hide in this run's noise%s", halfWidth * 100, key,
                Format.change(1 + noise.low()), Format.change(1 + noise.high()),
                halfWidth > EFFECT ? " (more than the " + EFFECT_PERCENT + "% the gate looks for)" : ""),
                halfWidth * 100);
    }

    private static Check slope(SeriesKey key, Paired p, Random random) {
        int[] all = p.allRounds();
        double now = p.slope(p.candidate(), all);
        double then = p.slope(p.base(), all);
        if (!(then > 0)) {
            return new Check(3, Check.Outcome.PASS, key.toString(), "per-layer cost " + Format.number(now)
                    + " vs base " + Format.number(then) + " ns/layer: the base's is not positive, no ratio to judge");
        }
        Interval change = Interval.of(now / then - 1, slopeChanges(p, random));
        Check.Outcome outcome = change.outcome();
        return new Check(3, outcome, key.toString(),
                (outcome == Check.Outcome.FAIL ? "per-layer cost grew against the base: " : "per-layer cost against the base: ")
                        + Format.number(now) + " vs " + Format.number(then) + " ns/layer, " + change.describe()
                        + verdictWords(change) + p.clusterNote());
    }

    /** The per-layer cost's change, candidate over base, in each resample of the rounds. */
    private static double[] slopeChanges(Paired p, Random random) {
        double[] changes = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            int[] rounds = p.resample(random);
            changes[b] = p.slope(p.candidate(), rounds) / p.slope(p.base(), rounds) - 1;
        }
        return changes;
    }

    private static Check depths(SeriesKey key, Paired p, Random random) {
        int[] all = p.allRounds();
        List<String> over = new ArrayList<>();
        List<String> unsettled = new ArrayList<>();
        String worst = null;
        double worstChange = Double.NEGATIVE_INFINITY;
        for (int d = 0; d < p.depths().length; d++) {
            double now = median(p.candidate()[d], all);
            double then = median(p.base()[d], all);
            double[] changes = new double[RESAMPLES];
            for (int b = 0; b < RESAMPLES; b++) {
                int[] rounds = p.resample(random);
                changes[b] = median(p.candidate()[d], rounds) / median(p.base()[d], rounds) - 1;
            }
            Interval change = Interval.of(now / then - 1, changes);
            String text = "depth " + p.depths()[d] + " " + Format.number(now) + " vs " + Format.number(then)
                    + " ns, " + change.describe();
            switch (change.outcome()) {
                case FAIL -> over.add(text);
                case RECHECK -> unsettled.add(text);
                default -> { }
            }
            if (change.value() > worstChange) {
                worstChange = change.value();
                worst = text + verdictWords(change);
            }
        }
        if (!over.isEmpty()) {
            return new Check(3, Check.Outcome.FAIL, key.toString(), "slower than the base at " + String.join("; ", over)
                    + " (" + EFFECT_PERCENT + "% or more, beyond noise)" + p.clusterNote());
        }
        if (!unsettled.isEmpty()) {
            return new Check(3, Check.Outcome.RECHECK, key.toString(), "slower than the base at "
                    + String.join("; ", unsettled) + UNSETTLED_WORDS + p.clusterNote());
        }
        return new Check(3, Check.Outcome.PASS, key.toString(), "time against the base, worst " + worst
                + p.clusterNote());
    }

    /** What an unsettled check says after its numbers. */
    private static final String UNSETTLED_WORDS = " (unsettled: " + EFFECT_PERCENT
            + "% or more, but the interval also reaches below zero; measured again)";

    private static String verdictWords(Interval change) {
        switch (change.outcome()) {
            case FAIL -> {
                return " (" + EFFECT_PERCENT + "% or more, beyond noise)";
            }
            case RECHECK -> {
                return UNSETTLED_WORDS;
            }
            default -> { }
        }
        // A change below the effect passes: an interval that still reaches the effect is
        // inconclusive (said, not measured again); else it is noise or a small change.
        if (change.high() >= EFFECT) {
            return " (inconclusive: the interval reaches the " + EFFECT_PERCENT + "% effect" + (change.low() > 0
                    ? ", beyond noise but not by " + EFFECT_PERCENT + "%)" : ", but also below zero)");
        }
        return change.low() > 0 ? " (beyond noise, below the " + EFFECT_PERCENT + "% effect)" : " (within noise)";
    }

    private static double median(double[] values, int[] rounds) {
        double[] picked = new double[rounds.length];
        for (int i = 0; i < rounds.length; i++) {
            picked[i] = values[rounds[i]];
        }
        return new Median().evaluate(picked);
    }

    /** A change with its 95% percentile interval. */
    private record Interval(double value, double low, double high) {
        static Interval of(double value, double[] resampled) {
            double[] sorted = resampled.clone();
            Arrays.sort(sorted);
            double tail = (1 - Sample.CONFIDENCE) / 2;
            int lo = (int) Math.floor(tail * (sorted.length - 1));
            int hi = (int) Math.ceil((1 - tail) * (sorted.length - 1));
            return new Interval(value, sorted[lo], sorted[hi]);
        }

        /** FAIL: the effect or more, beyond noise; RECHECK: the effect or more, within noise; else PASS. */
        Check.Outcome outcome() {
            if (value < EFFECT) {
                return Check.Outcome.PASS;
            }
            return low > 0 ? Check.Outcome.FAIL : Check.Outcome.RECHECK;
        }

        String describe() {
            return Format.change(1 + value) + " [" + Format.change(1 + low) + ", " + Format.change(1 + high) + "]";
        }
    }

    /**
     * Both sides' fork medians at the depths they share (up to the fitted depth), truncated to the
     * rounds both completed: {@code candidate[d][round]}, {@code base[d][round]}.
     */
    private record Paired(int[] depths, double[][] candidate, double[][] base, String clusterNote) {
        /** Stage by stage (a first pass, then its confirmation), each stage's rounds after the last's. */
        static Paired of(List<Map<Integer, Sample>> now, List<Map<Integer, Sample>> then) {
            Paired all = null;
            for (int stage = 0; stage < now.size(); stage++) {
                Paired one = of(now.get(stage), then.get(stage));
                all = all == null ? one : all.followedBy(one);
            }
            return all;
        }

        static Paired of(Map<Integer, Sample> now, Map<Integer, Sample> then) {
            Map<Integer, double[][]> common = new TreeMap<>();
            List<String> clusters = new ArrayList<>();
            for (var e : now.entrySet()) {
                Sample b = then.get(e.getKey());
                if (b == null || e.getKey() > LinearFit.MAX_FITTED_DEPTH) {
                    continue;
                }
                common.put(e.getKey(), new double[][] {e.getValue().forkValues(), b.forkValues()});
                ForkClusters.of(e.getValue()).ifPresent(c -> clusters.add("depth " + e.getKey() + " " + c));
                ForkClusters.of(b).ifPresent(c -> clusters.add("base depth " + e.getKey() + " " + c));
            }
            int pairs = common.values().stream().mapToInt(v -> Math.min(v[0].length, v[1].length)).min().orElse(0);
            int[] depths = common.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[][] c = new double[depths.length][];
            double[][] b = new double[depths.length][];
            int i = 0;
            for (double[][] v : common.values()) {
                c[i] = Arrays.copyOf(v[0], pairs);
                b[i] = Arrays.copyOf(v[1], pairs);
                i++;
            }
            String note = clusters.isEmpty() ? "" : "; clustered forks: " + String.join("; ", clusters);
            return new Paired(depths, c, b, note);
        }

        /** This stage's rounds, then {@code next}'s, at the depths both measured. */
        Paired followedBy(Paired next) {
            int[] shared = Arrays.stream(depths).filter(d -> Arrays.stream(next.depths).anyMatch(n -> n == d)).toArray();
            double[][] c = new double[shared.length][];
            double[][] b = new double[shared.length][];
            for (int i = 0; i < shared.length; i++) {
                int mine = indexOf(depths, shared[i]);
                int theirs = indexOf(next.depths, shared[i]);
                c[i] = concat(candidate[mine], next.candidate[theirs]);
                b[i] = concat(base[mine], next.base[theirs]);
            }
            return new Paired(shared, c, b, clusterNote + next.clusterNote);
        }

        private static int indexOf(int[] values, int value) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == value) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no depth " + value);
        }

        private static double[] concat(double[] a, double[] b) {
            double[] both = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }

        int pairs() {
            return depths.length == 0 ? 0 : candidate[0].length;
        }

        int[] allRounds() {
            int[] all = new int[pairs()];
            Arrays.setAll(all, i -> i);
            return all;
        }

        int[] resample(Random random) {
            int[] rounds = new int[pairs()];
            Arrays.setAll(rounds, i -> random.nextInt(rounds.length));
            return rounds;
        }

        /** Least-squares slope through each depth's median over the given rounds. */
        double slope(double[][] side, int[] rounds) {
            double meanX = Arrays.stream(depths).average().orElse(0);
            double[] y = new double[depths.length];
            for (int d = 0; d < depths.length; d++) {
                y[d] = median(side[d], rounds);
            }
            double meanY = Arrays.stream(y).average().orElse(0);
            double sxy = 0;
            double sxx = 0;
            for (int d = 0; d < depths.length; d++) {
                sxy += (depths[d] - meanX) * (y[d] - meanY);
                sxx += (depths[d] - meanX) * (depths[d] - meanX);
            }
            return sxy / sxx;
        }
    }
}
