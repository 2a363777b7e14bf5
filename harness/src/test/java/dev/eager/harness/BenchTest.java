package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.Options;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

class BenchTest {
    @Test
    void theBenchmarkListHasBothChainClassesEachWithOneLayerKind() {
        Map<String, Integer> available = Bench.availableBenchmarks();
        assertTrue(available.containsKey("dev.eager.harness.InlinedChainBenchmark.chain"), available.toString());
        assertTrue(available.containsKey("dev.eager.harness.OpaqueChainBenchmark.chain"), available.toString());
        for (String fixed : List.of("EagerEntryBenchmark", "VirtualThreadBenchmark", "CompletedFutureBenchmark",
                "LinearityBenchmark", "ContinuationYieldBenchmark")) {
            assertTrue(available.keySet().stream().anyMatch(n -> n.startsWith("dev.eager.harness." + fixed + ".")),
                    fixed + " missing from " + available.keySet());
        }
    }

    @Test
    void optionsSetOnlyTheBaseJvmFlagsSoTheClassesOwnAppendedFlagsSurvive() {
        RunPlan.Part part = new RunPlan.Part("chain", List.of("dev.eager.harness.OpaqueChainBenchmark.chain"),
                Map.of("strategy", List.of("duplicated"), "mode", List.of("SYNC"), "depth", List.of("1", "10")), 2);
        Options options = Bench.options(Profile.QUICK, part).build();
        assertEquals(ForkFlags.BASE, List.copyOf(options.getJvmArgs().get()));
        assertFalse(options.getJvmArgsAppend().hasValue(), "jvmArgsAppend would replace the @Fork flags");
        assertTrue(options.getProfilers().stream().anyMatch(p -> p.getKlass().equals(GCProfiler.class.getName())));
        assertEquals(List.of("1", "10"), List.copyOf(options.getParameter("depth").get()));
        assertEquals(Profile.QUICK.forks(), options.getForkCount().get());
        assertEquals(Profile.QUICK.measurementIterations(), options.getMeasurementIterations().get());
        assertTrue(options.shouldFailOnError().get());
    }

    @Test
    void anOrmForkGetsTheFlagsThatFindTheRunsClusterAfterTheBaseOnes() {
        RunPlan.Part part = new RunPlan.Part("orm", List.of("dev.eager.harness.load.OrmBenchmark.findById"),
                Map.of("strategy", List.of("future"), "server", List.of("postgres")), 1, List.of(), null, 1, 5);
        Options options = Bench.options(Profile.STANDARD, part, List.of("-Deager.pg.dir=/tmp/eager-postgres-run")).build();
        List<String> expected = new java.util.ArrayList<>(ForkFlags.BASE);
        expected.add("-Deager.pg.dir=/tmp/eager-postgres-run");
        assertEquals(expected, List.copyOf(options.getJvmArgs().get()));
        assertEquals(5, options.getForkCount().get(), "the part's own rounds");
    }

    @Test
    void aUnitRunsInAsManyRoundsAsItHasForksAndOneForkUnitsSpreadOverTheRounds() {
        int rounds = 5;
        for (int unit = 0; unit < 12; unit++) {
            int inRounds = 0;
            for (int round = 0; round < rounds; round++) {
                inRounds += Bench.runsInRound(unit, 5, round, rounds) ? 1 : 0;
            }
            assertEquals(5, inRounds, "a five-fork unit runs in every round");
        }
        int[] perRound = new int[rounds];
        for (int unit = 0; unit < 100; unit++) {
            int inRounds = 0;
            for (int round = 0; round < rounds; round++) {
                if (Bench.runsInRound(unit, 1, round, rounds)) {
                    perRound[round]++;
                    inRounds++;
                }
            }
            assertEquals(1, inRounds, "a one-fork unit runs once");
        }
        assertEquals(List.of(20, 20, 20, 20, 20), java.util.Arrays.stream(perRound).boxed().toList());
        int three = 0;
        for (int round = 0; round < rounds; round++) {
            three += Bench.runsInRound(7, 3, round, rounds) ? 1 : 0;
        }
        assertEquals(3, three);
    }

    @Test
    void theStandardProfileIsPlannedWithinItsFortyFiveMinutesOnTwoCores() {
        RunPlan plan = RunPlan.of(Profile.STANDARD, RunPlan.Strategy.registered(), Bench.availableBenchmarks(), name -> true);
        double minutes = plan.estimatedSeconds(Bench.FORK_STARTUP_SECONDS) / 60;
        assertTrue(minutes <= 45, "standard is estimated at " + minutes + " min");
        assertTrue(plan.estimatedOrmSeconds(Bench.FORK_STARTUP_SECONDS) > 0, "and it measures the orm");
    }

    @Test
    void theFullProfileIsPlannedWithinItsNinetyMinutesBesideItsLoad() {
        // 80 for the benchmarks, ~10 for the load (two servers, three rates, ~26 cells of 4 s each).
        RunPlan plan = RunPlan.of(Profile.FULL, RunPlan.Strategy.registered(), Bench.availableBenchmarks(), name -> true);
        double minutes = plan.estimatedSeconds(Bench.FORK_STARTUP_SECONDS) / 60;
        assertTrue(minutes <= 80, "full is estimated at " + minutes + " min");
    }

    @Test
    void eachBenchmarkIsIncludedByItsExactName() {
        RunPlan.Part part = new RunPlan.Part("chain", List.of("dev.eager.harness.InlinedChainBenchmark.chain"), Map.of(), 1);
        List<String> includes = Bench.options(Profile.SMOKE, part).build().getIncludes();
        assertEquals(1, includes.size());
        Pattern include = Pattern.compile(includes.getFirst());
        assertTrue(include.matcher("dev.eager.harness.InlinedChainBenchmark.chain").find());
        assertFalse(include.matcher("dev.eager.harness.OpaqueChainBenchmark.chain").find());
    }

    @Test
    void argumentsDefaultToTheStandardProfileUnderResultsRuns() {
        Bench.Arguments a = Bench.Arguments.parse();
        assertEquals(Profile.STANDARD, a.profile());
        assertEquals(Path.of("results", "runs"), a.out());
        assertTrue(a.includes().test("anything"));
    }

    @Test
    void argumentsAreParsed() {
        Bench.Arguments a = Bench.Arguments.parse("--profile", "smoke", "--include", "Opaque", "--out", "/tmp/x");
        assertEquals(Profile.SMOKE, a.profile());
        assertEquals(Path.of("/tmp/x"), a.out());
        assertTrue(a.includes().test("dev.eager.harness.OpaqueChainBenchmark.chain"));
        assertFalse(a.includes().test("dev.eager.harness.InlinedChainBenchmark.chain"));
    }

    @Test
    void badArgumentsAreRejectedWithOneLine() {
        assertThrows(ParameterException.class, () -> Bench.Arguments.parse("--profile"));
        assertThrows(ParameterException.class, () -> Bench.Arguments.parse("--include", "("));
        assertThrows(ParameterException.class, () -> Bench.Arguments.parse("--frobnicate"));
        assertEquals(Bench.BAD_INPUT, Bench.run("--profile", "slow"));
        assertEquals(Bench.BAD_INPUT, Bench.run("--include", "NoSuchBenchmark", "--dry-run"));
    }

    @Test
    void aDryRunAndHelpRunNothingAndSucceed() {
        assertEquals(Bench.OK, Bench.run("--profile", "smoke", "--dry-run"));
        assertEquals(Bench.OK, Bench.run("--help"));
    }

    @Test
    void selectionArgumentsAreCheckedAgainstTheRegistry() {
        Bench.Arguments a = Bench.Arguments.parse("--strategy", "duplicated,future", "--mode", "EAGER", "--depth", "10,20");
        assertEquals(List.of("duplicated", "future"), a.selection().strategies());
        assertEquals(List.of(dev.eager.core.Mode.EAGER), a.selection().modes());
        assertEquals(List.of(10, 20), a.selection().depths());
        assertThrows(ParameterException.class, () -> Bench.Arguments.parse("--strategy", "nope"));
        assertThrows(ParameterException.class, () -> Bench.Arguments.parse("--mode", "LAZY"));
        assertThrows(ParameterException.class, () -> Bench.Arguments.parse("--depth", "0"));
        assertEquals(Bench.BAD_INPUT, Bench.run("--strategy", "future", "--mode", "SYNC", "--dry-run"));
    }

    @Test
    void aShapeSelectionIsParsedAndAnUnknownShapeRejected() {
        assertEquals(null, Bench.Arguments.parse().selection().shapes());
        assertEquals(List.of(dev.eager.workload.Shape.CLASSES), Bench.Arguments.parse("--shape", "CLASSES").selection().shapes());
        assertThrows(ParameterException.class, () -> Bench.Arguments.parse("--shape", "LAYERS"));
    }
}
