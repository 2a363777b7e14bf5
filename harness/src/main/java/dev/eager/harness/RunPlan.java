package dev.eager.harness;

import dev.eager.core.Mode;
import dev.eager.report.BenchmarkKind;
import java.lang.reflect.Field;
import dev.eager.workload.Leaf;
import dev.eager.workload.Shape;
import dev.eager.workload.Workloads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Param;

/**
 * The valid parameter sets of one run, as JMH runs they can be handed to: invalid combinations
 * ({@code SYNC} where a strategy has no sync code, a {@code shape} its chain does not come in) are
 * never run, so they are never reported as zero. For each chain {@link Shape}, one part measures
 * {@code SYNC} over the strategies with sync code, one {@code EAGER} and {@code ASYNC} over all of
 * them; then the same under C1 and the interpreter ({@link Tier}: SYNC and EAGER, the profile's tier
 * strategies and depths, the tier's flags on every fork), then the orm stack, then the cold start
 * (many fresh JVMs per set), then the fixed-cost benchmarks with their own parameters.
 */
public record RunPlan(Profile profile, List<Part> parts) {
    /** The depth of the cold-start chain: deep enough that layers count, the same for every strategy. */
    static final int COLD_DEPTH = 10;

    /**
     * Which benchmark is which, by the parameters its class declares, as the reports tell its
     * results apart ({@link BenchmarkKind}): a chain takes {@code strategy}, {@code mode} and
     * {@code depth} from the plan, the orm stack {@code strategy} and {@code mode}, the cold start
     * {@code strategy}, {@code mode}, {@code depth} and {@code calls}; any other benchmark runs with
     * its own parameters.
     */
    static BenchmarkKind kind(String benchmark) {
        List<String> params = new ArrayList<>();
        try {
            for (Class<?> c = Class.forName(className(benchmark)); c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.isAnnotationPresent(Param.class)) {
                        params.add(f.getName());
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(benchmark + ": no such benchmark class", e);
        }
        return BenchmarkKind.of(params);
    }

    /**
     * What an orm fork takes besides a chain fork's start-up: starting (and seeding) its server,
     * for {@code memory} also recording H2's replies. Measured on this 2-core machine at load ~17
     * as 1.1-1.6 s over a chain fork whose own start-up took 1.1 s there (0.3 s quiet), so about
     * half a second quiet.
     */
    static final double ORM_SERVER_SECONDS = 0.5;

    /** A strategy as the plan sees it: its chain's sync code and shapes, and whether it has an orm stack. */
    public record Strategy(String name, boolean hasSync, boolean hasOrm, List<Shape> shapes) {
        /** A strategy whose chain comes in every shape. */
        public Strategy(String name, boolean hasSync, boolean hasOrm) {
            this(name, hasSync, hasOrm, List.of(Shape.values()));
        }

        /** A strategy without an orm stack, its chain in every shape. */
        public Strategy(String name, boolean hasSync) {
            this(name, hasSync, false);
        }

        /** The registered strategies, in {@link Workloads#strategies()} order. */
        public static List<Strategy> registered() {
            return Workloads.strategies().stream()
                    .map(s -> new Strategy(s, Workloads.chain(s, 1, Leaf.READY).hasSync(), Workloads.hasOrm(s),
                            Workloads.shapes(s)))
                    .toList();
        }
    }

    /**
     * One JMH run: these benchmark methods (full names) over these parameters; {@code
     * parameterSets} counts what it will fork. Its forks get {@code jvmArgs} after the base flags
     * (a JIT tier's), run {@code iterations} ({@code null}: the profile's), and {@code
     * forksPerRound} fresh JVMs per set in each round (more than one where a fork yields one
     * number: a cold start), in {@code rounds} rounds (0: the profile's forks; the orm's points
     * take their own).
     */
    public record Part(String title, List<String> benchmarks, Map<String, List<String>> params, int parameterSets,
            List<String> jvmArgs, Profile.Iterations iterations, int forksPerRound, int rounds) {
        /** A part run as the profile says, with the base flags only. */
        public Part(String title, List<String> benchmarks, Map<String, List<String>> params, int parameterSets) {
            this(title, benchmarks, params, parameterSets, List.of(), null, 1, 0);
        }

        /** A part in as many rounds as the profile has forks. */
        public Part(String title, List<String> benchmarks, Map<String, List<String>> params, int parameterSets,
                List<String> jvmArgs, Profile.Iterations iterations, int forksPerRound) {
            this(title, benchmarks, params, parameterSets, jvmArgs, iterations, forksPerRound, 0);
        }

        /** The rounds this part's sets run in under {@code profile}. */
        public int rounds(Profile profile) {
            return rounds == 0 ? profile.forks() : rounds;
        }

        /** Whether this part measures the orm stack (its forks also start a server). */
        public boolean isOrm() {
            return benchmarks.stream().anyMatch(b -> kind(b) == BenchmarkKind.ORM);
        }

        /** Every fork this part starts under {@code profile}. */
        public int forks(Profile profile) {
            return parameterSets * forksPerRound * rounds(profile);
        }

        /** This part's iterations under {@code profile}. */
        public Profile.Iterations iterations(Profile profile) {
            return iterations == null ? profile.iterations() : iterations;
        }

        /**
         * A rough wall time for this part under {@code profile}: every fork's start-up plus its
         * iterations, and for an orm fork its server's start besides ({@link #ORM_SERVER_SECONDS}).
         */
        public double estimatedSeconds(Profile profile, double forkStartupSeconds) {
            return (double) forks(profile)
                    * (forkStartupSeconds + iterations(profile).seconds() + (isOrm() ? ORM_SERVER_SECONDS : 0));
        }

        /**
         * This part as the smallest JMH runs the launcher can order freely: one per benchmark and
         * combination of the plan's parameters (a chain or orm unit is one parameter set; a
         * fixed-cost unit is one benchmark with its own parameters). Each keeps the part's forks.
         */
        public List<Part> units() {
            List<Map<String, List<String>>> combinations = new ArrayList<>(List.of(new LinkedHashMap<>()));
            params.forEach((name, values) -> {
                List<Map<String, List<String>>> next = new ArrayList<>();
                for (Map<String, List<String>> c : combinations) {
                    for (String v : values) {
                        Map<String, List<String>> more = new LinkedHashMap<>(c);
                        more.put(name, List.of(v));
                        next.add(more);
                    }
                }
                combinations.clear();
                combinations.addAll(next);
            });
            int count = benchmarks.size() * combinations.size();
            List<Part> units = new ArrayList<>();
            for (String benchmark : benchmarks) {
                for (Map<String, List<String>> c : combinations) {
                    String label = c.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().getFirst())
                            .reduce((a, b) -> a + " " + b).orElse("");
                    units.add(new Part(className(benchmark).substring(className(benchmark).lastIndexOf('.') + 1)
                            + (label.isEmpty() ? "" : " " + label), List.of(benchmark), c,
                            Math.max(1, parameterSets / count), jvmArgs, iterations, forksPerRound, rounds));
                }
            }
            return units;
        }
    }

    /**
     * A narrower chain run, for profiling: only these strategies, modes, depths, shapes, JIT tiers
     * (null: all the registered strategies, all modes, the profile's depths, every shape, the
     * profile's tiers: C2 for every strategy, C1 and the interpreter for its {@link
     * Profile#tierStrategies()}).
     */
    public record Selection(List<String> strategies, List<Mode> modes, List<Integer> depths, List<Shape> shapes,
            List<Tier> tiers) {
        /** Everything the profile measures. */
        public static final Selection ALL = new Selection(null, null, null, null, null);

        /** Every shape, the profile's tiers. */
        public Selection(List<String> strategies, List<Mode> modes, List<Integer> depths) {
            this(strategies, modes, depths, null, null);
        }

        /** The profile's tiers. */
        public Selection(List<String> strategies, List<Mode> modes, List<Integer> depths, List<Shape> shapes) {
            this(strategies, modes, depths, shapes, null);
        }

        boolean takes(String strategy) {
            return strategies == null || strategies.contains(strategy);
        }

        boolean takes(Shape shape) {
            return shapes == null || shapes.contains(shape);
        }

        List<String> modes(Mode... candidates) {
            return Stream.of(candidates).filter(m -> modes == null || modes.contains(m)).map(Mode::name).toList();
        }
    }

    /**
     * The plan for {@code profile} over {@code strategies}, for the benchmarks among {@code
     * available} (benchmark name to its number of annotation parameter sets) that {@code include}
     * accepts.
     */
    public static RunPlan of(Profile profile, List<Strategy> strategies, Map<String, Integer> available,
            Predicate<String> include) {
        return of(profile, strategies, available, include, Selection.ALL);
    }

    /** As {@link #of(Profile, List, Map, Predicate)}, the chain narrowed to {@code selection}. */
    public static RunPlan of(Profile profile, List<Strategy> strategies, Map<String, Integer> available,
            Predicate<String> include, Selection selection) {
        List<String> chain = new ArrayList<>();
        List<String> orm = new ArrayList<>();
        List<String> cold = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        available.keySet().stream().filter(include).sorted().forEach(name ->
                (switch (kind(name)) {
                    case CHAIN -> chain;
                    case ORM -> orm;
                    case COLD_START -> cold;
                    case FIXED_COST -> fixed;
                }).add(name));

        List<String> depths = (selection.depths() == null ? profile.depths() : selection.depths()).stream()
                .map(String::valueOf).toList();
        List<String> syncModes = selection.modes(Mode.SYNC);
        List<String> otherModes = selection.modes(Mode.EAGER, Mode.ASYNC);

        List<Part> parts = new ArrayList<>();
        if (selection.tiers() == null || selection.tiers().contains(Tier.C2)) {
            for (Shape shape : Shape.values()) {
                List<String> all = strategies.stream()
                        .filter(s -> selection.takes(s.name()) && s.shapes().contains(shape))
                        .map(Strategy::name).toList();
                parts.addAll(chainParts(profile, chain, shape, Tier.C2, selection, strategies, all, syncModes,
                        otherModes, depths));
            }
        }
        parts.addAll(tierParts(profile, strategies, chain, selection));
        // The orm stack, cell by cell (a server, a hit ratio, k service layers), in the profile's own
        // forks: the same rule (SYNC only with sync code) over the strategies that have one. A
        // selection of strategies or modes narrows it too; one of the chain's (depths, shapes, tiers)
        // leaves it out.
        if (!orm.isEmpty() && selection.depths() == null && selection.shapes() == null && selection.tiers() == null) {
            parts.addAll(ormParts(profile.orm(), orm, strategies, selection));
        }
        parts.addAll(coldParts(profile, strategies, cold, selection));
        // A selection narrows the chain; the fixed-cost benchmarks do not take its parameters.
        if (!fixed.isEmpty() && selection.equals(Selection.ALL)) {
            int sets = fixed.stream().mapToInt(available::get).sum();
            parts.add(new Part("fixed costs", List.copyOf(fixed), Map.of(), sets));
        }
        return new RunPlan(profile, List.copyOf(parts));
    }

    /**
     * The chain in one shape and tier: SYNC over {@code all}'s strategies with sync code, then
     * {@code otherModes} over all of them. CLASSES over inlined layers only where the profile asks
     * for every combination: measuring both shapes over both layer kinds put standard at ~60 min on
     * 2 cores. In the interpreter nothing is inlined, so only the opaque chain runs there.
     */
    private static List<Part> chainParts(Profile profile, List<String> chain, Shape shape, Tier tier,
            Selection selection, List<Strategy> strategies, List<String> all, List<String> syncModes,
            List<String> otherModes, List<String> depths) {
        boolean inlined = tier != Tier.INTERPRETER && (shape == Shape.METHODS || profile.classesInlined());
        List<String> shapeChain = inlined ? chain
                : chain.stream().filter(b -> className(b).equals(OpaqueChainBenchmark.class.getName())).toList();
        List<Part> parts = new ArrayList<>();
        if (shapeChain.isEmpty() || !selection.takes(shape) || all.isEmpty()) {
            return parts;
        }
        List<String> withSync = strategies.stream().filter(s -> s.hasSync() && all.contains(s.name()))
                .map(Strategy::name).toList();
        String where = "chain " + shape + (tier == Tier.C2 ? "" : " under " + tier) + ", ";
        Profile.Iterations iterations = tier == Tier.INTERPRETER ? profile.iterations().oneWarmup() : null;
        if (!withSync.isEmpty() && !syncModes.isEmpty()) {
            parts.add(chainPart(where + "SYNC where the strategy has sync code", shapeChain, shape, tier, withSync,
                    syncModes, depths, iterations));
        }
        if (!otherModes.isEmpty()) {
            parts.add(chainPart(where + String.join(" and ", otherModes), shapeChain, shape, tier, all, otherModes,
                    depths, iterations));
        }
        return parts;
    }

    /**
     * The chain under C1 and the interpreter: SYNC (the reference) and EAGER (the claim) only, at
     * the profile's tier depths, over its tier strategies (or the selection's).
     */
    private static List<Part> tierParts(Profile profile, List<Strategy> strategies, List<String> chain,
            Selection selection) {
        List<String> named = tierStrategies(profile, selection);
        if (named != null && named.isEmpty()) {
            return List.of();
        }
        List<String> depths = (selection.depths() == null ? profile.tierDepths() : selection.depths()).stream()
                .map(String::valueOf).toList();
        List<Part> parts = new ArrayList<>();
        for (Tier tier : List.of(Tier.C1, Tier.INTERPRETER)) {
            if (selection.tiers() != null && !selection.tiers().contains(tier)) {
                continue;
            }
            for (Shape shape : Shape.values()) {
                List<String> all = strategies.stream()
                        .filter(s -> (named == null || named.contains(s.name())) && s.shapes().contains(shape))
                        .map(Strategy::name).toList();
                parts.addAll(chainParts(profile, chain, shape, tier, selection, strategies, all,
                        selection.modes(Mode.SYNC), selection.modes(Mode.EAGER), depths));
            }
        }
        return parts;
    }

    /**
     * The strategies measured under C1 and the interpreter ({@code null}: every one). Without a
     * tier selection, the profile's (a profile without tiers, such as {@code flame} behind {@code
     * scripts/profile}, gets none whatever strategies are selected), narrowed to the selected
     * strategies; with one, the selected strategies, else the profile's, else every one.
     */
    private static List<String> tierStrategies(Profile profile, Selection selection) {
        List<String> own = profile.tierStrategies();
        List<String> chosen = selection.strategies();
        if (selection.tiers() == null) {
            if (own == null || chosen == null) {
                return own == null ? chosen : own;
            }
            return own.stream().filter(chosen::contains).toList();
        }
        return chosen != null ? chosen : own == null || own.isEmpty() ? null : own;
    }

    /**
     * The first call and the first 1,000 calls at depth {@value #COLD_DEPTH}, in SYNC (where the
     * strategy has sync code) and EAGER, {@link Profile#coldForks()} fresh JVMs per set and round,
     * one single shot each. Not under a tier selection: a cold JVM runs in the default tiers.
     */
    private static List<Part> coldParts(Profile profile, List<Strategy> strategies, List<String> cold,
            Selection selection) {
        List<Part> parts = new ArrayList<>();
        if (cold.isEmpty() || profile.coldForks() == 0 || selection.tiers() != null) {
            return parts;
        }
        List<String> all = strategies.stream().filter(s -> selection.takes(s.name())).map(Strategy::name).toList();
        List<String> withSync = strategies.stream().filter(s -> s.hasSync() && all.contains(s.name()))
                .map(Strategy::name).toList();
        Profile.Iterations once = new Profile.Iterations(0, 0, 1, 0);
        int calls = COLD_CALLS.size();
        for (Mode mode : List.of(Mode.SYNC, Mode.EAGER)) {
            List<String> these = mode == Mode.SYNC ? withSync : all;
            if (these.isEmpty() || selection.modes(mode).isEmpty()) {
                continue;
            }
            Map<String, List<String>> params = new LinkedHashMap<>();
            params.put("strategy", these);
            params.put("mode", List.of(mode.name()));
            params.put("depth", List.of(String.valueOf(COLD_DEPTH)));
            params.put("calls", COLD_CALLS);
            parts.add(new Part("cold start, " + mode + (mode == Mode.SYNC ? " where the strategy has sync code" : ""),
                    List.copyOf(cold), params, cold.size() * these.size() * calls, List.of(), once,
                    profile.coldForks()));
        }
        return parts;
    }

    /** The calls a cold start measures: the first one alone, and the first thousand. */
    static final List<String> COLD_CALLS = List.of("1", "1000");

    private static Part chainPart(String title, List<String> benchmarks, Shape shape, Tier tier,
            List<String> strategies, List<String> modes, List<String> depths, Profile.Iterations iterations) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("strategy", strategies);
        params.put("mode", modes);
        params.put("depth", depths);
        params.put("shape", List.of(shape.name()));
        if (tier != Tier.C2) {
            // C2 is the benchmark's own default: its parameter sets stay those of every run before tiers.
            params.put("tier", List.of(tier.name()));
        }
        int sets = benchmarks.size() * strategies.size() * modes.size() * depths.size();
        return new Part(title, List.copyOf(benchmarks), params, sets, tier.flags(), iterations, 1);
    }

    /**
     * The orm parts of {@code sweep}: per cell, the sync part (every strategy with sync code, or
     * only the reference) and the eager part (with ASYNC when the sweep takes every mode).
     */
    private static List<Part> ormParts(OrmSweep sweep, List<String> benchmarks, List<Strategy> strategies,
            Selection selection) {
        List<Strategy> selected = strategies.stream()
                .filter(s -> s.hasOrm() && selection.takes(s.name()) && sweep.takes(s.name())).toList();
        List<String> withOrm = selected.stream().map(Strategy::name).toList();
        List<String> withSync = selected.stream().filter(Strategy::hasSync).map(Strategy::name)
                .filter(s -> sweep.everyMode() || s.equals(OrmSweep.REFERENCE)).toList();
        if (selection.modes(Mode.SYNC).isEmpty()) {
            withSync = List.of();
        }
        List<String> otherModes = sweep.everyMode() ? selection.modes(Mode.EAGER, Mode.ASYNC) : selection.modes(Mode.EAGER);
        if (otherModes.isEmpty()) {
            withOrm = List.of();
        }
        List<Part> parts = new ArrayList<>();
        for (OrmSweep.Cell cell : sweep.cells()) {
            String where = "orm on " + cell.server() + ", hit ratio " + cell.hitRatio() + ", k " + cell.k();
            if (!withSync.isEmpty()) {
                parts.add(ormPart(where + ", SYNC" + (sweep.everyMode() ? " where the strategy has sync code"
                        : " (the reference)"), benchmarks, withSync, List.of("SYNC"), cell, sweep.forks()));
            }
            if (!withOrm.isEmpty()) {
                parts.add(ormPart(where + ", " + String.join(" and ", otherModes), benchmarks, withOrm, otherModes,
                        cell, sweep.forks()));
            }
        }
        return parts;
    }

    private static Part ormPart(String title, List<String> benchmarks, List<String> strategies, List<String> modes,
            OrmSweep.Cell cell, int forks) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("strategy", strategies);
        params.put("mode", modes);
        params.put("server", List.of(cell.server()));
        params.put("hitRatio", List.of(cell.hitRatio()));
        params.put("k", List.of(cell.k()));
        return new Part(title, List.copyOf(benchmarks), params, benchmarks.size() * strategies.size() * modes.size(),
                List.of(), null, 1, forks);
    }

    /** This plan without the orm points on {@code server} (a PostgreSQL that could not be started). */
    public RunPlan withoutServer(String server) {
        return new RunPlan(profile, parts.stream()
                .filter(p -> !(p.isOrm() && p.params().getOrDefault("server", List.of()).equals(List.of(server))))
                .toList());
    }

    /** Whether some orm point measures on {@code server}. */
    public boolean measuresOn(String server) {
        return parts.stream().anyMatch(p -> p.isOrm() && p.params().getOrDefault("server", List.of()).contains(server));
    }

    /** Every parameter set the run will fork, over all parts. */
    public int parameterSets() {
        return parts.stream().mapToInt(Part::parameterSets).sum();
    }

    /** The rounds the launcher runs: as many as the most any part takes. */
    public int rounds() {
        return parts.stream().mapToInt(p -> p.rounds(profile)).max().orElse(1);
    }

    /** Every fork the run will start, over all parts. */
    public int forks() {
        return parts.stream().mapToInt(p -> p.forks(profile)).sum();
    }

    /** A rough wall time for the whole run, in seconds (see {@link Part#estimatedSeconds}). */
    public double estimatedSeconds(double forkStartupSeconds) {
        return parts.stream().mapToDouble(p -> p.estimatedSeconds(profile, forkStartupSeconds)).sum();
    }

    /** The orm forks' wall time alone, in seconds. */
    public double estimatedOrmSeconds(double forkStartupSeconds) {
        return parts.stream().filter(Part::isOrm).mapToDouble(p -> p.estimatedSeconds(profile, forkStartupSeconds))
                .sum();
    }

    static String className(String benchmark) {
        return benchmark.substring(0, benchmark.lastIndexOf('.'));
    }

    /**
     * The chain combinations the plan runs in {@code shape} under C2, as "strategy mode" pairs: for
     * tests and the dry run.
     */
    public List<String> chainCombinations(Shape shape) {
        return chainCombinations(shape, Tier.C2);
    }

    /** The chain combinations the plan runs in {@code shape} under {@code tier}, as "strategy mode" pairs. */
    public List<String> chainCombinations(Shape shape, Tier tier) {
        List<String> out = new ArrayList<>();
        for (Part part : parts) {
            if (!part.params().getOrDefault("shape", List.of()).contains(shape.name())
                    || !part.params().getOrDefault("tier", List.of(Tier.C2.name())).contains(tier.name())) {
                continue;
            }
            Collection<String> strategies = part.params().get("strategy");
            for (String s : strategies) {
                for (String m : part.params().get("mode")) {
                    out.add(s + " " + m);
                }
            }
        }
        return out;
    }

    /** The chain combinations the plan runs in shape {@code METHODS}. */
    public List<String> chainCombinations() {
        return chainCombinations(Shape.METHODS);
    }
}
