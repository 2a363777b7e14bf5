package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run folder, read and written through its one format. */
class RunFolderTest {
    @TempDir
    Path temp;

    private static JmhScore score(String unit, double[]... forks) {
        return new JmhScore(forks[0][0], Double.NaN, unit, forks, JsonFiles.JSON.createObjectNode());
    }

    private static JmhResult result(String benchmark, Map<String, String> params, double[]... forks) {
        return new JmhResult(benchmark, params, List.of("-Xmx1g"), score("ns/op", forks),
                Map.of(JmhResult.ALLOC_METRIC, score("B/op", new double[] {24, 24})), JsonFiles.JSON.createObjectNode());
    }

    @Test
    void aFixedCostBenchmarkWithAStrategyAndADepthStaysOutOfTheChainSeries() {
        Path run = RunFixture.typical().depths(1, 10, 20).writeTo(temp.resolve("run"));
        List<JmhResult> results = new ArrayList<>(RunFolder.results(run));
        results.add(result("dev.eager.harness.BypassAllocationBenchmark.eager",
                Map.of("strategy", "bypass-once", "depth", "10"), new double[] {99, 99}));
        JmhJson.write(results, run.resolve(RunFolder.RESULTS));

        Run read = RunFolder.read(run);
        Sample point = read.series().get(new SeriesKey("bypass-once", "EAGER", "inlined", Metric.TIME)).get(10);
        assertEquals(2, point.forks().length, "the fixture's two forks, and nothing pooled into them");
        assertTrue(read.fixedCost().stream().anyMatch(m -> m.benchmark().endsWith("BypassAllocationBenchmark.eager")));
    }

    @Test
    void theClassesShapeIsItsOwnSeriesReadAgainstSyncOfTheSameShape() {
        Path run = RunFixture.typical().depths(1, 10, 20).writeTo(temp.resolve("run"));
        List<JmhResult> results = new ArrayList<>(RunFolder.results(run));
        for (JmhResult r : List.copyOf(results)) {
            if (r.params().containsKey("depth")) {
                Map<String, String> params = new LinkedHashMap<>(r.params());
                params.put("shape", "CLASSES");
                results.add(new JmhResult(r.benchmark(), params, r.jvmArgs(), r.primary(), r.secondary(), r.other()));
            }
        }
        JmhJson.write(results, run.resolve(RunFolder.RESULTS));

        CostModel model = CostModel.of(RunFolder.read(run));
        SeriesKey classes = new SeriesKey("bypass-once", "EAGER", "opaque-classes", Metric.TIME);
        assertEquals(3, model.series().get(classes).size(), "depths 1, 10, 20 of the CLASSES shape alone");
        assertEquals(2, model.series().get(new SeriesKey("bypass-once", "EAGER", "opaque", Metric.TIME)).get(10)
                .forks().length, "the METHODS points keep their own two forks");
        assertEquals(new SeriesKey("duplicated", "SYNC", "opaque-classes", Metric.TIME), classes.reference());
        assertTrue(model.row(classes).isPresent());
    }

    @Test
    void whichBenchmarkIsWhichIsToldByItsParametersNotItsClassName() {
        assertEquals(BenchmarkKind.CHAIN, BenchmarkKind.of(List.of("strategy", "mode", "depth", "layers", "shape")));
        assertEquals(BenchmarkKind.ORM, BenchmarkKind.of(List.of("strategy", "mode", "server", "hitRatio")));
        assertEquals(BenchmarkKind.FIXED_COST, BenchmarkKind.of(List.of("strategy", "depth")));
        assertEquals(new ChainPoint("future", "EAGER", "opaque", 20), BenchmarkKind.chainPoint(
                "dev.eager.harness.AnyRenamedChainBenchmark.chain",
                Map.of("strategy", "future", "mode", "EAGER", "depth", "20", "layers", "opaque", "shape", "METHODS")));
        // The published run and the baselines call the inlined chain by its old name, ChainBenchmark.
        for (String name : List.of("dev.eager.harness.ChainBenchmark.chain", "dev.eager.harness.InlinedChainBenchmark.chain")) {
            assertEquals(new ChainPoint("bypass-once", "EAGER", "inlined", 10), BenchmarkKind.chainPoint(name,
                    Map.of("strategy", "bypass-once", "mode", "EAGER", "depth", "10", "layers", "inlined")), name);
        }
    }

    @Test
    void forksOfOneParameterSetMergeIntoOneResultThatCountsThem() {
        Map<String, String> params = Map.of("strategy", "future", "depth", "1", "layers", "opaque", "mode", "EAGER");
        JmhResult merged = JmhJson.merge(List.of(result("b.B.chain", params, new double[] {10, 12}),
                result("b.B.chain", params, new double[] {20, 22})));
        JmhJson.write(List.of(merged), temp.resolve("merged.json"));

        JmhResult read = JmhJson.read(temp.resolve("merged.json")).getFirst();
        assertEquals(2, read.forks());
        assertEquals(16.0, read.primary().score(), 1e-9);
        assertArrayEquals(new double[][] {{10, 12}, {20, 22}}, read.primary().forks());
        assertEquals(2, read.secondary().get(JmhResult.ALLOC_METRIC).forks().length);
        assertTrue(JsonFiles.parse(temp.resolve("merged.json")).get(0).path("forks").asInt() == 2,
                "the file says 2 forks, not the first fork's 1");
        assertThrows(IllegalArgumentException.class, () -> JmhJson.merge(List.of(result("b.B.chain", params,
                new double[] {1}), result("b.B.other", params, new double[] {1}))));
    }

    @Test
    void aForkAsJmhWritesItReadsAndWritesBackWithEveryKeyKept() throws Exception {
        // One fork as the base commit's jar (JMH 1.37, gate fork runner) writes it.
        Files.writeString(temp.resolve("fork.json"), """
                [ {
                    "jmhVersion" : "1.37", "benchmark" : "dev.eager.harness.OpaqueChainBenchmark.chain",
                    "mode" : "avgt", "threads" : 1, "forks" : 1, "jvm" : "/usr/bin/java",
                    "jvmArgs" : [ "-Xms1g", "-XX:CompileCommand=quiet" ], "jdkVersion" : "25.0.3",
                    "warmupIterations" : 5, "warmupTime" : "200 ms", "measurementIterations" : 5,
                    "params" : { "depth" : "1", "layers" : "opaque", "mode" : "SYNC", "strategy" : "duplicated" },
                    "primaryMetric" : { "score" : 3.7, "scoreError" : 0.3, "scoreConfidence" : [ 3.4, 4.0 ],
                        "scorePercentiles" : { "50.0" : 3.58 }, "scoreUnit" : "ns/op",
                        "rawData" : [ [ 3.5, 3.6, 3.7, 3.8, 3.9 ] ] },
                    "secondaryMetrics" : { "gc.alloc.rate.norm" : { "score" : 0.0, "scoreError" : "NaN",
                        "scoreUnit" : "B/op", "rawData" : [ [ 0.0, 0.0, 0.0, 0.0, 0.0 ] ] } }
                } ]
                """);
        JmhResult fork = JmhJson.read(temp.resolve("fork.json")).getFirst();
        assertEquals(BenchmarkKind.CHAIN, fork.kind());
        assertEquals(List.of("-Xms1g", "-XX:CompileCommand=quiet"), fork.jvmArgs());
        assertEquals(Double.NaN, fork.secondary().get(JmhResult.ALLOC_METRIC).error());
        JmhJson.write(List.of(fork), temp.resolve("again.json"));
        ObjectNode again = (ObjectNode) JsonFiles.parse(temp.resolve("again.json")).get(0);
        for (String key : List.of("jmhVersion", "mode", "threads", "jvm", "jdkVersion", "warmupTime")) {
            assertTrue(again.has(key), key);
        }
        assertEquals(3.58, again.path("primaryMetric").path("scorePercentiles").path("50.0").asDouble());
        assertArrayEquals(fork.primary().forks(), JmhJson.read(temp.resolve("again.json")).getFirst().primary().forks());
    }

    @Test
    void runsPoolIntoABaselineNamedForItsJdkAndMachineWithEveryFork() throws Exception {
        Path a = RunFixture.typical().depths(1, 10, 20).writeTo(temp.resolve("a"));
        Path b = RunFixture.typical().seed(2).depths(1, 10, 20).writeTo(temp.resolve("b"));
        Path baseline = Baseline.pool(List.of(a, b), temp.resolve("baselines"), "test");
        assertEquals("eclipse-adoptium-25.0.1-fixture-cpu-2core", baseline.getFileName().toString());
        List<JmhResult> pooled = RunFolder.results(baseline);
        assertEquals(RunFolder.results(a).size(), pooled.size(), "one result per parameter set");
        assertTrue(pooled.stream().allMatch(r -> r.forks() == 4), "both runs' two forks");
        assertTrue(Files.readString(baseline.resolve(Baseline.PROVENANCE)).contains("| b | quick |"));

        Path other = RunFixture.typical().jdk("26+1").depths(1, 10, 20).writeTo(temp.resolve("other"));
        BadInput refused = assertThrows(BadInput.class, () -> Baseline.pool(List.of(a, other),
                temp.resolve("baselines"), "test"));
        assertTrue(refused.getMessage().contains("one baseline per JDK and machine kind"), refused.getMessage());
    }

    @Test
    void aLoadSummaryReadsAsTheLoadHarnessWritesIt() {
        LoadSummary.Row row = new LoadSummary.Row("future", "EAGER", "memory", 1000, 0.5, 10, 9, 1, 40, 60, 150, 900,
                2000, "future-eager-memory-1000.hlog");
        new LoadSummary(List.of(row), List.of("kotlin")).write(temp);
        LoadSummary read = LoadSummary.read(temp);
        assertEquals(List.of(row), read.rows());
        assertEquals(List.of("kotlin"), read.skipped());
    }

    @Test
    void theGatesVerdictReadsBackAsData() {
        GateVerdictFile verdict = new GateVerdictFile("20261130-072028-gate", "abc", "results/baselines/x",
                ExitCode.REGRESSION, "FAIL", List.of(new Check(3, Check.Outcome.FAIL, "bypass-once EAGER opaque time",
                        "grew"), new Check(3, Check.Outcome.SKIP, BaseComparison.RESOLUTION, "+-12%: noise", 12.0)),
                List.of());
        verdict.write(temp);
        assertEquals(verdict, GateVerdictFile.read(temp));
        assertEquals(1, GateVerdictFile.read(temp).failed().size());
        assertEquals(12.0, GateVerdictFile.read(temp).resolutionPercent(), "a number, not cut from the text");
    }

    @Test
    void theCommittedBaselineAsTheOldHarnessWroteItReadsWithEveryFork() throws Exception {
        Path baselines = Path.of("..", "results", "baselines").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(baselines), "no baselines in this checkout");
        try (var folders = Files.list(baselines)) {
            for (Path baseline : folders.filter(Files::isDirectory).toList()) {
                Manifest manifest = Manifest.read(baseline);
                int rounds = Integer.parseInt(manifest.text("rounds"));
                for (JmhResult r : RunFolder.results(baseline)) {
                    // The old harness wrote "forks": 1 over six forks' iterations; the data is what counts.
                    assertEquals(rounds, r.forks(), baseline + " " + r.key());
                }
                assertTrue(RunFolder.read(baseline).series().size() > 0);
            }
        }
    }
}
