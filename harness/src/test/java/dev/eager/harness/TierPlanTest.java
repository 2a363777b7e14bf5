package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.core.Mode;
import dev.eager.workload.Shape;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;

class TierPlanTest {
    private static final String CHAIN = "dev.eager.harness.InlinedChainBenchmark.chain";
    private static final String OPAQUE = "dev.eager.harness.OpaqueChainBenchmark.chain";
    private static final String COLD = "dev.eager.harness.ColdStartBenchmark.firstCalls";
    private static final String ENTRY = "dev.eager.harness.EagerEntryBenchmark.enter";

    private static final List<RunPlan.Strategy> STRATEGIES = List.of(
            new RunPlan.Strategy("duplicated", true),
            new RunPlan.Strategy("codegen", true),
            new RunPlan.Strategy("future", false),
            new RunPlan.Strategy("continuations", true),
            new RunPlan.Strategy("bypass-once", false),
            new RunPlan.Strategy("kotlin", false));

    private static Map<String, Integer> available() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(CHAIN, 18);
        m.put(OPAQUE, 18);
        m.put(COLD, 4);
        m.put(ENTRY, 3);
        return m;
    }

    private static RunPlan plan(Profile profile) {
        return RunPlan.of(profile, STRATEGIES, available(), name -> true);
    }

    private static List<RunPlan.Part> partsUnder(RunPlan plan, Tier tier) {
        return plan.parts().stream().filter(p -> p.params().getOrDefault("tier", List.of()).contains(tier.name()))
                .toList();
    }

    @Test
    void standardMeasuresItsFiveStrategiesUnderC1AndTheInterpreterInSyncAndEagerOnly() {
        RunPlan plan = plan(Profile.STANDARD);
        for (Tier tier : List.of(Tier.C1, Tier.INTERPRETER)) {
            for (Shape shape : Shape.values()) {
                assertEquals(List.of("duplicated SYNC", "codegen SYNC", "continuations SYNC", "duplicated EAGER",
                        "codegen EAGER", "future EAGER", "continuations EAGER", "bypass-once EAGER"),
                        plan.chainCombinations(shape, tier), tier + " " + shape);
            }
            partsUnder(plan, tier).forEach(p -> {
                assertEquals(tier.flags(), p.jvmArgs(), p.title());
                assertEquals(Profile.STANDARD.tierDepths().stream().map(String::valueOf).toList(),
                        p.params().get("depth"), p.title());
            });
        }
        assertTrue(plan.chainCombinations(Shape.METHODS).contains("kotlin ASYNC"), "C2 keeps every strategy and mode");
    }

    @Test
    void c2PartsPassNoTierSoTheirParameterSetsAreThoseOfEveryEarlierRun() {
        plan(Profile.STANDARD).parts().stream().filter(p -> p.params().containsKey("shape")
                && !p.params().containsKey("tier")).forEach(p -> {
                    assertTrue(p.jvmArgs().isEmpty(), p.title());
                    assertEquals(null, p.iterations(), p.title());
                });
    }

    @Test
    void theInterpreterRunsTheOpaqueChainOnlyWithOneWarmUpIteration() {
        List<RunPlan.Part> interpreted = partsUnder(plan(Profile.STANDARD), Tier.INTERPRETER);
        assertFalse(interpreted.isEmpty());
        for (RunPlan.Part p : interpreted) {
            assertEquals(List.of(OPAQUE), p.benchmarks(), p.title());
            assertEquals(1, p.iterations(Profile.STANDARD).warmupIterations(), p.title());
            assertEquals(Profile.STANDARD.measurementIterations(), p.iterations(Profile.STANDARD).measurementIterations());
        }
        // C1 inlines: both layer kinds in METHODS, opaque only in CLASSES as under C2 in standard.
        List<RunPlan.Part> c1 = partsUnder(plan(Profile.STANDARD), Tier.C1);
        assertTrue(c1.stream().filter(p -> p.params().get("shape").contains("METHODS"))
                .allMatch(p -> p.benchmarks().equals(List.of(CHAIN, OPAQUE))));
        assertTrue(c1.stream().filter(p -> p.params().get("shape").contains("CLASSES"))
                .allMatch(p -> p.benchmarks().equals(List.of(OPAQUE))));
    }

    @Test
    void fullMeasuresEveryStrategyUnderEveryTier() {
        List<String> c1 = plan(Profile.FULL).chainCombinations(Shape.METHODS, Tier.C1);
        assertTrue(c1.contains("kotlin EAGER"), c1.toString());
        assertEquals(3 + STRATEGIES.size(), c1.size(), c1.toString());
    }

    @Test
    void theCiProfilesMeasureC2OnlyAndNoColdStart() {
        for (Profile profile : List.of(Profile.QUICK, Profile.GATE, Profile.FLAME)) {
            RunPlan plan = plan(profile);
            assertTrue(plan.parts().stream().noneMatch(p -> p.params().containsKey("tier")), profile.id());
            assertTrue(plan.parts().stream().noneMatch(p -> p.benchmarks().contains(COLD)), profile.id());
        }
    }

    @Test
    void aTierSelectionMeasuresOnlyThoseTiersAndNoColdStart() {
        RunPlan plan = RunPlan.of(Profile.SMOKE, STRATEGIES, available(), name -> true,
                new RunPlan.Selection(List.of("duplicated", "kotlin"), null, List.of(1, 2, 3), null,
                        List.of(Tier.INTERPRETER)));
        assertTrue(plan.chainCombinations(Shape.METHODS).isEmpty(), plan.parts().toString());
        assertEquals(List.of("duplicated SYNC", "duplicated EAGER", "kotlin EAGER"),
                plan.chainCombinations(Shape.METHODS, Tier.INTERPRETER));
        assertTrue(plan.parts().stream().noneMatch(p -> p.benchmarks().contains(COLD)));
    }

    @Test
    void aStrategySelectionInAProfileWithoutTiersMeasuresNoTierUnlessTiersAreAsked() {
        RunPlan.Selection eagerAtSeven = new RunPlan.Selection(List.of("bypass-once"), List.of(Mode.EAGER), List.of(7));
        RunPlan flame = RunPlan.of(Profile.FLAME, STRATEGIES, available(), name -> true, eagerAtSeven);
        assertTrue(flame.parts().stream().noneMatch(p -> p.params().containsKey("tier")), flame.parts().toString());
        RunPlan asked = RunPlan.of(Profile.FLAME, STRATEGIES, available(), name -> true,
                new RunPlan.Selection(List.of("bypass-once"), List.of(Mode.EAGER), List.of(7), null,
                        List.of(Tier.C1)));
        assertEquals(List.of("bypass-once EAGER"), asked.chainCombinations(Shape.METHODS, Tier.C1));
        // In standard, a strategy selection narrows the profile's tier strategies.
        RunPlan standard = RunPlan.of(Profile.STANDARD, STRATEGIES, available(), name -> true,
                new RunPlan.Selection(List.of("bypass-once", "kotlin"), null, null));
        assertEquals(List.of("bypass-once EAGER"), standard.chainCombinations(Shape.METHODS, Tier.INTERPRETER));
    }

    @Test
    void coldStartRunsEveryStrategyAtDepthTenInManyFreshJvmsForOneAndAThousandCalls() {
        RunPlan plan = plan(Profile.STANDARD);
        List<RunPlan.Part> cold = plan.parts().stream().filter(p -> p.benchmarks().contains(COLD)).toList();
        assertEquals(2, cold.size());
        assertEquals(List.of("duplicated", "codegen", "continuations"), cold.get(0).params().get("strategy"));
        assertEquals(List.of("SYNC"), cold.get(0).params().get("mode"));
        assertEquals(STRATEGIES.stream().map(RunPlan.Strategy::name).toList(), cold.get(1).params().get("strategy"));
        assertEquals(List.of("EAGER"), cold.get(1).params().get("mode"));
        for (RunPlan.Part p : cold) {
            assertEquals(List.of("10"), p.params().get("depth"));
            assertEquals(List.of("1", "1000"), p.params().get("calls"));
            assertEquals(Profile.STANDARD.coldForks(), p.forksPerRound());
            assertEquals(0, p.iterations(Profile.STANDARD).warmupIterations());
            assertEquals(1, p.iterations(Profile.STANDARD).measurementIterations());
            p.units().forEach(u -> assertEquals(p.forksPerRound(), u.forksPerRound(), u.title()));
        }
        assertEquals(2 * 3 * Profile.STANDARD.coldForks() * 1.0, cold.get(0).estimatedSeconds(Profile.STANDARD, 1.0), 1e-9,
                "every fresh JVM counted");
        assertEquals("fixed costs", plan.parts().getLast().title());
    }

    @Test
    void aTierPartsForksGetTheTierFlagsAfterTheBaseOnes() {
        RunPlan.Part part = partsUnder(plan(Profile.STANDARD), Tier.INTERPRETER).getFirst().units().getFirst();
        Options options = Bench.options(Profile.STANDARD, part).build();
        assertEquals(List.of("-Xms1g", "-Xmx1g", "-Xmn256m", "-Xint"), List.copyOf(options.getJvmArgs().get()));
        assertFalse(options.getJvmArgsAppend().hasValue(), "jvmArgsAppend would replace the @Fork flags");
        assertEquals(1, options.getWarmupIterations().get());
        assertEquals(List.of("INTERPRETER"), List.copyOf(options.getParameter("tier").get()));
    }

    @Test
    void aColdStartPartsForksCountTheirOwnBytesAndClasses() {
        RunPlan.Part part = plan(Profile.STANDARD).parts().stream().filter(p -> p.benchmarks().contains(COLD))
                .findFirst().orElseThrow();
        Options options = Bench.options(Profile.STANDARD, part).build();
        assertTrue(options.getProfilers().stream().anyMatch(p -> p.getKlass().equals(ColdCallProfiler.class.getName())));
        assertEquals(0, options.getWarmupIterations().get());
        assertEquals(1, options.getMeasurementIterations().get());
    }

    @Test
    void theTierOptionIsParsedAndAnUnknownTierRejected() {
        assertEquals(List.of(Tier.C1, Tier.INTERPRETER),
                Bench.Arguments.parse("--tier", "C1,INTERPRETER").selection().tiers());
        picocli.CommandLine.ParameterException e = assertThrows(picocli.CommandLine.ParameterException.class,
                () -> Bench.Arguments.parse("--tier", "C3"));
        assertTrue(e.getMessage().contains("C2, C1, INTERPRETER"), e.getMessage());
    }

    @Test
    void aChainForkRefusesATierItsJvmFlagsDoNotGiveIt() {
        // This test's JVM runs with the default tiers.
        assertEquals(Tier.C2, Tier.running());
        OpaqueChainBenchmark benchmark = new OpaqueChainBenchmark();
        benchmark.strategy = "duplicated";
        benchmark.mode = Mode.SYNC;
        benchmark.depth = 1;
        benchmark.shape = Shape.METHODS;
        benchmark.tier = Tier.INTERPRETER;
        IllegalStateException e = assertThrows(IllegalStateException.class, benchmark::buildAndCheck);
        assertTrue(e.getMessage().contains("-Xint"), e.getMessage());
        benchmark.tier = Tier.C2;
        benchmark.buildAndCheck();
    }

    @Test
    void theColdCallCountersSeeNoBytesWhenNothingRunsBetweenThem() {
        ColdCallProfiler.prepare();
        assertEquals(-1, ColdCallProfiler.bytes(), "nothing counted since prepare");
        ColdCallProfiler.begin();
        ColdCallProfiler.end();
        assertEquals(0, ColdCallProfiler.bytes());
        ColdCallProfiler.begin();
        byte[] kilobyte = new byte[1024];
        ColdCallProfiler.end();
        assertTrue(ColdCallProfiler.bytes() >= 1024 && kilobyte.length == 1024, String.valueOf(ColdCallProfiler.bytes()));
    }
}
