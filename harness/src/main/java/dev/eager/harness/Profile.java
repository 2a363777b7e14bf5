package dev.eager.harness;

import java.util.List;
import java.util.Locale;

/**
 * How long and how widely a run measures. The budgets are wall times on a 2-core machine; each
 * parameter set runs in its own fork, so the number of forks dominates.
 *
 * <p>Warm-up is 5 x 200 ms: with 3, chains deeper than ~12 layers on the shared machine often had
 * their first measured iteration 20-80% above the rest (C2 still compiling twins and layers). Five
 * measured iterations of 100 ms, so that the report's per-depth median stands after one or two
 * iterations hit by another process. Depths stay within 20 where a fit is made: beyond about 24
 * opaque layers every strategy's per-layer cost rises on this CPU ({@code LinearityBenchmark}), so
 * deeper depths are shown in the report but not fitted.
 */
public enum Profile {
    /**
     * Every combination once with tiny iterations: a wiring check, not a measurement (< 5 min).
     * Three depths, the fewest the report's fit takes, so that {@code mvn verify -Pbench
     * -Dbench.profile=smoke} renders a report like the other profiles. The orm on every server in
     * every mode, once with every lookup a cache hit and once under eight service layers.
     */
    SMOKE(List.of(1, 10, 20), 1, 100, 1, 100, 1,
            new OrmSweep(1, true, OrmSweep.ALL_SERVERS, List.of("memory"), List.of("1"), List.of("memory"), List.of("8"),
                    List.of())),
    /**
     * The CI gate's: six depths across the linear range (the slope's lever), three forks each. The
     * fork is the unit of noise: one bypass-once run's slope differed from the next by up to 20%
     * with one fork per depth, as much as the subtle mutant adds; three forks per depth (18 points
     * per fit) bring that down by about sqrt(3). Opaque layers only in CI (~13 min), both layer
     * kinds with the orm and fixed costs here (~30 min).
     */
    QUICK(List.of(1, 4, 8, 12, 16, 20), 5, 200, 5, 100, 3,
            new OrmSweep(3, false, OrmSweep.ALL_SERVERS, List.of(), List.of(), List.of(), List.of(), List.of())),
    /**
     * {@code mvn verify -Pbench}: the fitted range 1..20 densely, and 50, 100 to show where the
     * line ends; the orm in five forks per point, EAGER against the reference's SYNC for five
     * strategies (the reference's own EAGER, codegen, the future control, continuations,
     * bypass-once), on memory and postgres at hit ratio 0 and with k = 4 and 8 service layers on
     * memory (with k = 0, the fewest points a fit of fixed + slope x k takes): about 5 min, what the
     * 45 min on 2 cores leave beside the chain, its tiers and the cold start (the dry run prints
     * both). The other strategies, h2, the hit-ratio sweep, k = 2, ASYNC and the other SYNCs are
     * in {@link #FULL}.
     */
    STANDARD(Lists.STANDARD_DEPTHS, 5, 200, 5, 100, 1,
            new OrmSweep(5, false, List.of("memory", "postgres"), List.of(), List.of(), List.of("memory"), List.of("4", "8"),
                    Lists.ANSWERING)),
    /**
     * Standard's chain and cold start, every strategy under C1 and the interpreter (standard: five),
     * and the orm's whole evidence: the five answering
     * strategies' EAGER against the reference's SYNC on every server (memory, h2, postgres) at every
     * hit ratio (0, 0.5, 0.9, 0.99, 1), and with k = 0, 2, 4, 8 service layers on memory, five
     * forks a point; then the load on h2 and postgres at three rates (~80 min on 2 cores, within
     * the 90 the issue allows; the dry run prints the benchmarks' part).
     *
     * <p>Not the cross product: every depth to 100 in three forks, 30 cold JVMs per set and the orm
     * in every mode came to ~441 min. Those run on request: {@code --depth} for more
     * depths, {@code quick} for three chain forks; the orm's ASYNC and its other strategies are in
     * the load harness.
     */
    FULL(Lists.STANDARD_DEPTHS, 5, 200, 5, 100, 1,
            new OrmSweep(5, false, OrmSweep.ALL_SERVERS, OrmSweep.ALL_SERVERS, OrmSweep.ALL_HIT_RATIOS,
                    List.of("memory"), OrmSweep.ALL_SERVICES, Lists.ANSWERING)),
    /**
     * The regression gate's ({@code eager gate}): depths 1 and 20 only, six forks (rounds) each.
     * For the per-layer cost at a fixed number of forks, the two ends of the linear range give the
     * slope a third less variance than three depths would (the middle depth adds nothing to a
     * straight line's slope), and six forks let the median set two odd JVMs aside. Linearity is
     * the report's question, answered by the other profiles. No orm: the gate judges the chain.
     */
    GATE(List.of(1, 20), 5, 200, 5, 100, 6, OrmSweep.NONE),
    /** For {@code eager profile}: depth 10, long enough iterations for a profiler to sample; no orm. */
    FLAME(List.of(10), 3, 1000, 3, 2000, 1, OrmSweep.NONE);

    private final List<Integer> depths;
    private final int warmupIterations;
    private final int warmupMillis;
    private final int measurementIterations;
    private final int measurementMillis;
    private final int forks;
    private final OrmSweep orm;

    Profile(List<Integer> depths, int warmupIterations, int warmupMillis, int measurementIterations,
            int measurementMillis, int forks, OrmSweep orm) {
        this.depths = depths;
        this.warmupIterations = warmupIterations;
        this.warmupMillis = warmupMillis;
        this.measurementIterations = measurementIterations;
        this.measurementMillis = measurementMillis;
        this.forks = forks;
        this.orm = orm;
    }

    /** The name used on the command line and in run folder names. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The profile named {@code id} on the command line. */
    public static Profile fromId(String id) {
        for (Profile p : values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException(
                "unknown profile '" + id + "': expected smoke, quick, standard, full, gate or flame");
    }

    /**
     * Whether the CLASSES shape is measured over inlined layers too (else over opaque layers only,
     * where the claim is read): in smoke only (every combination, wiring).
     */
    public boolean classesInlined() {
        return this == SMOKE;
    }

    /**
     * The strategies measured under C1 and the interpreter besides C2 ({@link Tier}); {@code null}
     * for every registered one. In {@code standard} the five that answer the question (the floor,
     * the build-time answers codegen and bypass-once, the negative control, the colourless one),
     * (any other on request: {@code --tier} with {@code --strategy}), every one in {@code full}, in
     * {@code smoke} the reference and bypass-once (wiring), none in the CI profiles.
     */
    public List<String> tierStrategies() {
        return switch (this) {
            case SMOKE -> List.of("duplicated", "bypass-once");
            case STANDARD -> TIER_STRATEGIES;
            case FULL -> null;
            case QUICK, GATE, FLAME -> List.of();
        };
    }

    /** The strategies of {@link #tierStrategies()} in {@code standard}. */
    static final List<String> TIER_STRATEGIES = Lists.ANSWERING;

    /** Lists two profiles share (an enum's constants cannot read its own static fields). */
    private static final class Lists {
        /** The fitted range 1..20 densely, and 50, 100 to show where the line ends. */
        static final List<Integer> STANDARD_DEPTHS = List.of(1, 2, 3, 4, 6, 8, 10, 12, 14, 16, 20, 50, 100);
        /**
         * The five strategies that answer the question: the floor, the build-time answers codegen and
         * bypass-once, the negative control, the colourless one.
         */
        static final List<String> ANSWERING = List.of("duplicated", "codegen", "future", "continuations",
                "bypass-once");
    }

    /**
     * The depths measured under C1 and the interpreter: five across the fitted range only (what a
     * verdict needs; the tier parts cost about 200 forks in {@code standard}), smoke its own three.
     */
    public List<Integer> tierDepths() {
        return this == SMOKE ? depths : List.of(1, 5, 10, 15, 20);
    }

    /**
     * Fresh JVMs per round for each cold-start set ({@code ColdStartBenchmark}): a single shot is
     * one number per JVM, so its spread needs many forks (standard: six, 180 forks of under a
     * second, standard and full); none in the CI profiles.
     */
    public int coldForks() {
        return switch (this) {
            case SMOKE -> 1;
            case STANDARD, FULL -> 6;
            case QUICK, GATE, FLAME -> 0;
        };
    }

    /** This profile's iterations. */
    public Iterations iterations() {
        return new Iterations(warmupIterations, warmupMillis, measurementIterations, measurementMillis);
    }

    /** Warm-up and measured iterations of one fork. */
    public record Iterations(int warmupIterations, int warmupMillis, int measurementIterations, int measurementMillis) {
        /**
         * The same with one warm-up iteration: in the interpreter nothing compiles, so there is
         * nothing to wait for past the first calls (class loading and linkage).
         */
        public Iterations oneWarmup() {
            return new Iterations(Math.min(1, warmupIterations), warmupMillis, measurementIterations, measurementMillis);
        }

        /** One fork's iteration time in seconds. */
        public double seconds() {
            return (warmupIterations * warmupMillis + measurementIterations * measurementMillis) / 1000.0;
        }
    }

    /** The chain depths measured. */
    public List<Integer> depths() {
        return depths;
    }

    public int warmupIterations() {
        return warmupIterations;
    }

    public int warmupMillis() {
        return warmupMillis;
    }

    public int measurementIterations() {
        return measurementIterations;
    }

    public int measurementMillis() {
        return measurementMillis;
    }

    /** The chain's and the fixed costs' forks per parameter set. */
    public int forks() {
        return forks;
    }

    /** What the profile measures of the orm stack, in its own forks. */
    public OrmSweep orm() {
        return orm;
    }

    /** A rough wall time for one parameter set: its forks' JVM start-up plus iterations. */
    public double secondsPerParameterSet(double forkStartupSeconds) {
        return forks * (forkStartupSeconds
                + (warmupIterations * warmupMillis + measurementIterations * measurementMillis) / 1000.0);
    }
}
