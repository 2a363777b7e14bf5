package dev.eager.harness;

import dev.eager.core.Mode;
import dev.eager.report.BenchmarkKind;
import java.lang.reflect.Field;
import dev.eager.harness.load.OrmBenchmark;
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
 * them; then the orm stack, then the fixed-cost benchmarks with their own parameters.
 */
public record RunPlan(Profile profile, List<Part> parts) {
    /**
     * Which benchmark is which, by the parameters its class declares, as the reports tell its
     * results apart ({@link BenchmarkKind}): a chain takes {@code strategy}, {@code mode} and
     * {@code depth} from the plan, the orm stack {@code strategy} and {@code mode}; any other
     * benchmark runs with its own parameters.
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
     * parameterSets} counts what it will fork.
     */
    public record Part(String title, List<String> benchmarks, Map<String, List<String>> params, int parameterSets) {
        /**
         * This part as the smallest JMH runs the launcher can order freely: one per benchmark and
         * combination of the plan's parameters (a chain unit is one parameter set; an orm unit
         * keeps the benchmark's own server and hit-ratio sets; a fixed-cost unit is one benchmark
         * with its own parameters).
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
                            Math.max(1, parameterSets / count)));
                }
            }
            return units;
        }
    }

    /**
     * A narrower chain run, for profiling: only these strategies, modes, depths, shapes (null: all
     * the registered strategies, all modes, the profile's depths, every shape).
     */
    public record Selection(List<String> strategies, List<Mode> modes, List<Integer> depths, List<Shape> shapes) {
        /** Everything the profile measures. */
        public static final Selection ALL = new Selection(null, null, null, null);

        /** Every shape. */
        public Selection(List<String> strategies, List<Mode> modes, List<Integer> depths) {
            this(strategies, modes, depths, null);
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
        List<String> fixed = new ArrayList<>();
        available.keySet().stream().filter(include).sorted().forEach(name ->
                (switch (kind(name)) {
                    case CHAIN -> chain;
                    case ORM -> orm;
                    case FIXED_COST -> fixed;
                }).add(name));

        List<String> depths = (selection.depths() == null ? profile.depths() : selection.depths()).stream()
                .map(String::valueOf).toList();
        List<String> syncModes = selection.modes(Mode.SYNC);
        List<String> otherModes = selection.modes(Mode.EAGER, Mode.ASYNC);

        List<Part> parts = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            // CLASSES over inlined layers only where the profile asks for every combination:
            // measuring both shapes over both layer kinds put standard at ~60 min on 2 cores.
            List<String> shapeChain = shape == Shape.METHODS || profile.classesInlined() ? chain
                    : chain.stream().filter(b -> className(b).equals(OpaqueChainBenchmark.class.getName())).toList();
            if (shapeChain.isEmpty() || !selection.takes(shape)) {
                continue;
            }
            List<String> all = strategies.stream()
                    .filter(s -> selection.takes(s.name()) && s.shapes().contains(shape))
                    .map(Strategy::name).toList();
            List<String> withSync = strategies.stream().filter(s -> s.hasSync() && all.contains(s.name()))
                    .map(Strategy::name).toList();
            if (!withSync.isEmpty() && !syncModes.isEmpty()) {
                parts.add(chainPart("chain " + shape + ", SYNC where the strategy has sync code", shapeChain, shape,
                        withSync, syncModes, depths));
            }
            if (!all.isEmpty() && !otherModes.isEmpty()) {
                parts.add(chainPart("chain " + shape + ", " + String.join(" and ", otherModes), shapeChain, shape, all,
                        otherModes, depths));
            }
        }
        // The orm stack: the same rule (SYNC only with sync code), over the strategies that have one;
        // its other parameters (server, hit ratio) are the benchmark's own.
        List<String> ormWithSync = strategies.stream().filter(s -> s.hasOrm() && s.hasSync()).map(Strategy::name).toList();
        List<String> ormAll = strategies.stream().filter(Strategy::hasOrm).map(Strategy::name).toList();
        if (!orm.isEmpty() && selection.equals(Selection.ALL)) {
            int perStrategyAndMode = orm.size() * ormOwnParameterSets();
            if (!ormWithSync.isEmpty()) {
                parts.add(ormPart("orm, SYNC where the strategy has sync code", orm, ormWithSync, List.of("SYNC"),
                        perStrategyAndMode));
            }
            if (!ormAll.isEmpty()) {
                parts.add(ormPart("orm, EAGER and ASYNC", orm, ormAll, List.of("EAGER", "ASYNC"), perStrategyAndMode));
            }
        }
        // A selection narrows the chain; the fixed-cost benchmarks do not take its parameters.
        if (!fixed.isEmpty() && selection.equals(Selection.ALL)) {
            int sets = fixed.stream().mapToInt(available::get).sum();
            parts.add(new Part("fixed costs", List.copyOf(fixed), Map.of(), sets));
        }
        return new RunPlan(profile, List.copyOf(parts));
    }

    private static Part chainPart(String title, List<String> benchmarks, Shape shape, List<String> strategies,
            List<String> modes, List<String> depths) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("strategy", strategies);
        params.put("mode", modes);
        params.put("depth", depths);
        params.put("shape", List.of(shape.name()));
        int sets = benchmarks.size() * strategies.size() * modes.size() * depths.size();
        return new Part(title, List.copyOf(benchmarks), params, sets);
    }

    private static Part ormPart(String title, List<String> benchmarks, List<String> strategies, List<String> modes,
            int perStrategyAndMode) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("strategy", strategies);
        params.put("mode", modes);
        return new Part(title, List.copyOf(benchmarks), params, perStrategyAndMode * strategies.size() * modes.size());
    }

    /** The sets {@code OrmBenchmark}'s own parameters (server, hit ratio) make for one strategy and mode. */
    private static int ormOwnParameterSets() {
        int sets = 1;
        for (String field : List.of("server", "hitRatio")) {
            try {
                sets *= OrmBenchmark.class.getField(field).getAnnotation(org.openjdk.jmh.annotations.Param.class).value().length;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("OrmBenchmark has no @Param " + field, e);
            }
        }
        return sets;
    }

    /** Every parameter set the run will fork, over all parts. */
    public int parameterSets() {
        return parts.stream().mapToInt(Part::parameterSets).sum();
    }

    /** A rough wall time for the whole run, in seconds. */
    public double estimatedSeconds(double forkStartupSeconds) {
        return parameterSets() * profile.secondsPerParameterSet(forkStartupSeconds);
    }

    static String className(String benchmark) {
        return benchmark.substring(0, benchmark.lastIndexOf('.'));
    }

    /**
     * The chain combinations the plan runs in {@code shape}, as "strategy mode" pairs: for tests and
     * the dry run.
     */
    public List<String> chainCombinations(Shape shape) {
        List<String> out = new ArrayList<>();
        for (Part part : parts) {
            if (!part.params().getOrDefault("shape", List.of()).contains(shape.name())) {
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
