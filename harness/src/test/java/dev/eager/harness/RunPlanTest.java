package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.workload.Shape;
import dev.eager.workload.Workloads;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RunPlanTest {
    private static final String CHAIN = "dev.eager.harness.InlinedChainBenchmark.chain";
    private static final String OPAQUE = "dev.eager.harness.OpaqueChainBenchmark.chain";
    private static final String ENTRY = "dev.eager.harness.EagerEntryBenchmark.enter";

    private static final List<RunPlan.Strategy> STRATEGIES = List.of(
            new RunPlan.Strategy("hand", true),
            new RunPlan.Strategy("futures", false),
            new RunPlan.Strategy("colourless", true));

    private static Map<String, Integer> available() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(CHAIN, 18);
        m.put(OPAQUE, 18);
        m.put(ENTRY, 3);
        return m;
    }

    @Test
    void syncRunsOnlyForStrategiesWithSyncCode() {
        RunPlan plan = RunPlan.of(Profile.SMOKE, STRATEGIES, available(), name -> true);
        List<String> combinations = plan.chainCombinations();
        assertTrue(combinations.contains("hand SYNC"), combinations.toString());
        assertTrue(combinations.contains("colourless SYNC"), combinations.toString());
        assertFalse(combinations.contains("futures SYNC"), combinations.toString());
    }

    @Test
    void eagerAndAsyncRunForEveryStrategy() {
        List<String> combinations = RunPlan.of(Profile.SMOKE, STRATEGIES, available(), name -> true)
                .chainCombinations();
        for (RunPlan.Strategy s : STRATEGIES) {
            assertTrue(combinations.contains(s.name() + " EAGER"), combinations.toString());
            assertTrue(combinations.contains(s.name() + " ASYNC"), combinations.toString());
        }
        assertEquals(2 + 2 * STRATEGIES.size(), combinations.size(), combinations.toString());
    }

    @Test
    void chainPartsTakeTheProfilesDepthsAndBothLayerKinds() {
        RunPlan plan = RunPlan.of(Profile.QUICK, STRATEGIES, available(), name -> true);
        RunPlan.Part sync = plan.parts().get(0);
        assertEquals(Profile.QUICK.depths().stream().map(String::valueOf).toList(), sync.params().get("depth"));
        assertEquals(List.of(CHAIN, OPAQUE), sync.benchmarks());
        assertEquals(List.of("SYNC"), sync.params().get("mode"));
        int depths = Profile.QUICK.depths().size();
        // 2 classes x 2 strategies with sync x 1 mode x the depths
        assertEquals(2 * 2 * depths, sync.parameterSets());
        RunPlan.Part eagerAsync = plan.parts().get(1);
        assertEquals(2 * 3 * 2 * depths, eagerAsync.parameterSets());
    }

    private static final String ORM = dev.eager.harness.load.OrmBenchmark.class.getName() + ".findById";

    private static final List<RunPlan.Strategy> ORM_STRATEGIES = List.of(
            new RunPlan.Strategy("duplicated", true, true),
            new RunPlan.Strategy("hand", true, true),
            new RunPlan.Strategy("futures", false, true),
            new RunPlan.Strategy("chainOnly", true, false));

    /** The reference, one of standard's five orm strategies, and one it leaves out. */
    private static final List<RunPlan.Strategy> SWEPT = List.of(
            new RunPlan.Strategy("duplicated", true, true),
            new RunPlan.Strategy("bypass-once", false, true),
            new RunPlan.Strategy("future-value", false, true));

    private static List<RunPlan.Part> ormParts(RunPlan plan) {
        return plan.parts().stream().filter(RunPlan.Part::isOrm).toList();
    }

    /** "strategy mode server hitRatio" of every orm point. */
    private static List<String> ormPoints(RunPlan plan) {
        return ormParts(plan).stream().flatMap(p -> p.units().stream())
                .map(u -> String.join(" ", u.params().get("strategy").getFirst(), u.params().get("mode").getFirst(),
                        u.params().get("server").getFirst(), u.params().get("hitRatio").getFirst())
                        + (u.params().get("k").getFirst().equals("0") ? "" : " k" + u.params().get("k").getFirst()))
                .toList();
    }

    @Test
    void ormRunsSyncOnlyWhereTheStrategyHasSyncCodeAndOnlyStrategiesWithAnOrm() {
        RunPlan plan = RunPlan.of(Profile.SMOKE, ORM_STRATEGIES, Map.of(ORM, 48), name -> true);
        List<String> points = ormPoints(plan);
        assertTrue(points.contains("hand SYNC memory 0"), points.toString());
        assertFalse(points.contains("futures SYNC memory 0"), points.toString());
        assertTrue(points.contains("futures EAGER memory 0") && points.contains("futures ASYNC memory 0"), points.toString());
        assertTrue(points.stream().noneMatch(p -> p.startsWith("chainOnly")), points.toString());
    }

    @Test
    void standardMeasuresItsOrmPointsInFiveForksAgainstTheReferenceBesideEachPoint() {
        List<RunPlan.Strategy> strategies = SWEPT;
        RunPlan plan = RunPlan.of(Profile.STANDARD, strategies, Map.of(ORM, 48), name -> true);
        ormParts(plan).forEach(p -> assertTrue(p.rounds(Profile.STANDARD) >= 5, p.title() + ": " + p.rounds()));
        List<String> points = ormPoints(plan);
        for (String server : List.of("memory", "postgres")) {
            assertTrue(points.contains("bypass-once EAGER " + server + " 0"), points.toString());
            assertTrue(points.contains("duplicated SYNC " + server + " 0"), "the reference on " + server);
        }
        for (String k : List.of("4", "8")) {
            assertTrue(points.contains("bypass-once EAGER memory 0 k" + k), points.toString());
            assertTrue(points.contains("duplicated SYNC memory 0 k" + k), "the reference beside every swept point");
        }
        assertTrue(points.stream().noneMatch(p -> p.contains(" ASYNC ")), "ASYNC is in full: " + points);
        assertTrue(points.stream().noneMatch(p -> p.startsWith("future-value")), "a strategy standard leaves to full");
        assertEquals(5, plan.rounds(), "the one-fork chain points spread over the orm's five rounds");
    }

    @Test
    void fullMeasuresStandardsSeriesOnEveryServerAtEveryHitRatioAndEveryK() {
        List<RunPlan.Strategy> strategies = SWEPT;
        RunPlan plan = RunPlan.of(Profile.FULL, strategies, Map.of(ORM, 48), name -> true);
        List<String> points = ormPoints(plan);
        for (String server : OrmSweep.ALL_SERVERS) {
            for (String ratio : OrmSweep.ALL_HIT_RATIOS) {
                for (String point : List.of("bypass-once EAGER", "duplicated EAGER", "duplicated SYNC")) {
                    assertTrue(points.contains(point + " " + server + " " + ratio), point + " " + server + " " + ratio);
                }
            }
        }
        for (String k : List.of("2", "4", "8")) {
            for (String point : List.of("bypass-once EAGER", "duplicated EAGER", "duplicated SYNC")) {
                assertTrue(points.contains(point + " memory 0 k" + k), point + " k" + k);
            }
        }
        assertTrue(points.stream().noneMatch(p -> p.contains(" ASYNC ")), "ASYNC is the load harness's: " + points);
        assertTrue(points.stream().noneMatch(p -> p.startsWith("future-value")), "the five answering strategies only");
        assertEquals(points.size(), points.stream().distinct().count(), "each point once");
        ormParts(plan).forEach(p -> assertEquals(5, p.rounds(Profile.FULL), p.title()));
    }

    @Test
    void aSelectionOfStrategiesAndModesNarrowsTheOrmAndAChainOnlySelectionLeavesItOut() {
        RunPlan plan = RunPlan.of(Profile.SMOKE, ORM_STRATEGIES, Map.of(ORM, 48), name -> true,
                new RunPlan.Selection(List.of("futures"), List.of(dev.eager.core.Mode.EAGER), null));
        assertEquals(List.of("futures EAGER memory 0", "futures EAGER h2 0", "futures EAGER postgres 0",
                "futures EAGER memory 1", "futures EAGER memory 0 k8"), ormPoints(plan));
        RunPlan chainOnly = RunPlan.of(Profile.SMOKE, ORM_STRATEGIES, Map.of(ORM, 48), name -> true,
                new RunPlan.Selection(null, null, List.of(4)));
        assertTrue(ormParts(chainOnly).isEmpty());
    }

    @Test
    void theGateMeasuresNoOrm() {
        assertTrue(ormParts(RunPlan.of(Profile.GATE, ORM_STRATEGIES, Map.of(ORM, 48), name -> true)).isEmpty());
    }

    @Test
    void aPlanWithoutPostgresKeepsEveryOtherPoint() {
        RunPlan plan = RunPlan.of(Profile.FULL, ORM_STRATEGIES, Map.of(ORM, 48), name -> true);
        assertTrue(plan.measuresOn("postgres"));
        RunPlan without = plan.withoutServer("postgres");
        assertFalse(without.measuresOn("postgres"));
        List<String> expected = ormPoints(plan).stream().filter(p -> !p.contains(" postgres ")).toList();
        assertEquals(expected, ormPoints(without));
        assertTrue(expected.size() < ormPoints(plan).size());
    }

    @Test
    void theEstimateCountsEveryForkAndTheOrmServersStart() {
        RunPlan plan = RunPlan.of(Profile.FULL, ORM_STRATEGIES, Map.of(ORM, 48), name -> true);
        Profile p = Profile.FULL;
        double iterations = p.iterations().seconds();
        int forks = ormPoints(plan).size() * 5;
        assertEquals(forks, plan.forks());
        assertEquals(forks * (1.0 + iterations + RunPlan.ORM_SERVER_SECONDS), plan.estimatedSeconds(1.0), 1e-6);
        assertEquals(plan.estimatedSeconds(1.0), plan.estimatedOrmSeconds(1.0), 1e-6);
    }

    @Test
    void fixedCostBenchmarksKeepTheirOwnParameters() {
        RunPlan plan = RunPlan.of(Profile.SMOKE, STRATEGIES, available(), name -> true);
        RunPlan.Part fixed = plan.parts().getLast();
        assertEquals(List.of(ENTRY), fixed.benchmarks());
        assertTrue(fixed.params().isEmpty());
        assertEquals(3, fixed.parameterSets());
        // Per shape: 2 classes x 3 depths x (2 strategies with sync + 3 x 2 other modes), then the fixed costs.
        assertEquals(2 * (12 + 36) + 3, plan.parameterSets());
    }

    @Test
    void eachShapeHasItsOwnChainPartsPassingThatShape() {
        RunPlan plan = RunPlan.of(Profile.QUICK, STRATEGIES, available(), name -> true);
        List<String> shapes = plan.parts().stream()
                .filter(p -> p.params().containsKey("shape"))
                .map(p -> String.join(",", p.params().get("shape")))
                .toList();
        assertEquals(List.of("METHODS", "METHODS", "CLASSES", "CLASSES"), shapes);
        assertEquals(plan.chainCombinations(Shape.METHODS), plan.chainCombinations(Shape.CLASSES));
        assertTrue(plan.parts().get(2).title().contains("CLASSES"), plan.parts().get(2).title());
    }

    @Test
    void aStrategyIsMeasuredOnlyInTheShapesItsChainComesIn() {
        List<RunPlan.Strategy> strategies = List.of(
                new RunPlan.Strategy("hand", true),
                new RunPlan.Strategy("oneClass", true, false, List.of(Shape.METHODS)));
        RunPlan plan = RunPlan.of(Profile.SMOKE, strategies, available(), name -> true);
        assertEquals(List.of("hand SYNC", "oneClass SYNC", "hand EAGER", "hand ASYNC", "oneClass EAGER", "oneClass ASYNC"),
                plan.chainCombinations(Shape.METHODS));
        assertEquals(List.of("hand SYNC", "hand EAGER", "hand ASYNC"), plan.chainCombinations(Shape.CLASSES));
    }

    @Test
    void aShapeSelectionMeasuresOnlyThatShape() {
        RunPlan plan = RunPlan.of(Profile.SMOKE, STRATEGIES, available(), name -> true,
                new RunPlan.Selection(null, null, null, List.of(Shape.CLASSES)));
        assertTrue(plan.chainCombinations(Shape.METHODS).isEmpty(), plan.chainCombinations(Shape.METHODS).toString());
        assertEquals(2 + 2 * STRATEGIES.size(), plan.chainCombinations(Shape.CLASSES).size());
    }

    @Test
    void includeFiltersBenchmarksByName() {
        RunPlan plan = RunPlan.of(Profile.SMOKE, STRATEGIES, available(),
                name -> Pattern.compile("Opaque").matcher(name).find());
        assertEquals(2 * Shape.values().length, plan.parts().size());
        plan.parts().forEach(p -> assertEquals(List.of(OPAQUE), p.benchmarks()));
    }

    @Test
    void anIncludeThatMatchesNothingLeavesAnEmptyPlan() {
        assertTrue(RunPlan.of(Profile.SMOKE, STRATEGIES, available(), name -> false).parts().isEmpty());
    }

    @Test
    void withoutAnyStrategyWithSyncCodeThereIsNoSyncPart() {
        RunPlan plan = RunPlan.of(Profile.SMOKE, List.of(new RunPlan.Strategy("futures", false)), available(),
                name -> true);
        assertFalse(plan.chainCombinations().stream().anyMatch(c -> c.endsWith(" SYNC")), plan.chainCombinations().toString());
        assertEquals(List.of("futures EAGER", "futures ASYNC"), plan.chainCombinations());
    }

    @Test
    void theRegisteredStrategiesAreReadFromTheRegistryWithTheirSyncCode() {
        List<RunPlan.Strategy> registered = RunPlan.Strategy.registered();
        assertEquals(Workloads.strategies(), registered.stream().map(RunPlan.Strategy::name).toList());
        assertTrue(registered.contains(new RunPlan.Strategy("duplicated", true, true)), registered.toString());
        assertTrue(registered.contains(new RunPlan.Strategy("future", false, true)), registered.toString());
        assertTrue(registered.contains(new RunPlan.Strategy("kotlin", false, false)), registered.toString());
        for (RunPlan.Strategy s : registered) {
            assertEquals(Workloads.shapes(s.name()), s.shapes(), s.name());
        }
    }

    @Test
    void aSelectionNarrowsTheChainAndDropsTheFixedCosts() {
        RunPlan plan = RunPlan.of(Profile.FLAME, STRATEGIES, available(), name -> true,
                new RunPlan.Selection(List.of("futures", "hand"), List.of(dev.eager.core.Mode.EAGER), List.of(7)));
        assertEquals(List.of("hand EAGER", "futures EAGER"), plan.chainCombinations());
        plan.parts().forEach(p -> assertEquals(List.of("7"), p.params().get("depth")));
        assertTrue(plan.parts().stream().noneMatch(p -> p.title().equals("fixed costs")));
    }

    @Test
    void aSelectionOfSyncStillSkipsStrategiesWithoutSyncCode() {
        RunPlan plan = RunPlan.of(Profile.FLAME, STRATEGIES, available(), name -> true,
                new RunPlan.Selection(null, List.of(dev.eager.core.Mode.SYNC), null));
        assertEquals(List.of("hand SYNC", "colourless SYNC"), plan.chainCombinations());
        RunPlan none = RunPlan.of(Profile.FLAME, STRATEGIES, available(), name -> true,
                new RunPlan.Selection(List.of("futures"), List.of(dev.eager.core.Mode.SYNC), null));
        assertTrue(none.parts().isEmpty());
    }

    @Test
    void aPartSplitsIntoUnitsTheLauncherCanInterleaveOneParameterSetEach() {
        RunPlan plan = RunPlan.of(Profile.QUICK, STRATEGIES, available(), name -> true);
        for (RunPlan.Part part : plan.parts()) {
            List<RunPlan.Part> units = part.units();
            if (part.params().containsKey("depth")) {
                assertEquals(part.parameterSets(), units.size(), part.title());
                units.forEach(u -> u.params().values().forEach(v -> assertEquals(1, v.size(), u.title())));
                assertEquals(part.parameterSets(), units.stream().map(u -> u.benchmarks().getFirst() + u.params())
                        .distinct().count(), "every set exactly once: " + part.title());
            } else if (part.params().isEmpty()) {
                assertEquals(part.benchmarks().size(), units.size(), "a fixed-cost benchmark is one unit");
            }
        }
    }

    @Test
    void theClassesShapeRunsOverOpaqueLayersOnlyOutsideSmoke() {
        for (Profile profile : List.of(Profile.QUICK, Profile.STANDARD, Profile.FULL)) {
            RunPlan plan = RunPlan.of(profile, STRATEGIES, available(), name -> true);
            plan.parts().stream().filter(p -> p.params().getOrDefault("shape", List.of()).contains("CLASSES"))
                    .forEach(p -> assertTrue(p.benchmarks().stream().allMatch(b -> b.contains("OpaqueChainBenchmark")),
                            profile + ": " + p.benchmarks()));
        }
        RunPlan smoke = RunPlan.of(Profile.SMOKE, STRATEGIES, available(), name -> true);
        assertTrue(smoke.parts().stream().filter(p -> p.params().getOrDefault("shape", List.of()).contains("CLASSES"))
                .anyMatch(p -> p.benchmarks().stream().anyMatch(b -> b.endsWith(".InlinedChainBenchmark.chain"))));
    }
}
