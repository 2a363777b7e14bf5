package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader takes as a depth-sweep point. */
class RunReaderTest {
    @TempDir
    Path temp;

    @Test
    void aFixedCostBenchmarkWithAStrategyAndADepthStaysOutOfTheChainSeries() throws Exception {
        Path run = RunFixture.typical().depths(1, 10, 20).writeTo(temp.resolve("run"));
        ObjectMapper json = new ObjectMapper();
        ArrayNode results = (ArrayNode) json.readTree(run.resolve(RunReader.RESULT).toFile());
        ObjectNode extra = results.addObject();
        extra.put("benchmark", "dev.eager.harness.BypassAllocationBenchmark.eager");
        extra.put("mode", "avgt");
        extra.putObject("params").put("strategy", "bypass-once").put("depth", "10");
        ObjectNode metric = extra.putObject("primaryMetric");
        metric.put("score", 99.0);
        metric.put("scoreUnit", "ns/op");
        metric.putArray("rawData").addArray().add(99.0).add(99.0);
        json.writeValue(run.resolve(RunReader.RESULT).toFile(), results);

        Run read = RunReader.read(run);
        Sample point = read.series().get(new SeriesKey("bypass-once", "EAGER", "inlined", Metric.TIME)).get(10);
        assertEquals(2, point.forks().length, "the fixture's two forks, and nothing pooled into them");
        assertTrue(read.fixedCost().stream().anyMatch(m -> m.benchmark().endsWith("BypassAllocationBenchmark.eager")));
    }

    @Test
    void aRunFromBeforeTheInlinedChainHadItsNameReadsItsChainBenchmarkAsTheInlinedSeries() throws Exception {
        Path run = RunFixture.typical().depths(1, 10, 20).writeTo(temp.resolve("run"));
        ObjectMapper json = new ObjectMapper();
        ArrayNode results = (ArrayNode) json.readTree(run.resolve(RunReader.RESULT).toFile());
        int renamed = 0;
        for (var result : results) {
            if (result.path("benchmark").asText().equals("dev.eager.harness.InlinedChainBenchmark.run")) {
                ((ObjectNode) result).put("benchmark", "dev.eager.harness.ChainBenchmark.chain");
                renamed++;
            }
        }
        assertTrue(renamed > 0, "the fixture has inlined results");
        json.writeValue(run.resolve(RunReader.RESULT).toFile(), results);

        Run read = RunReader.read(run);
        for (String strategy : new String[] {"duplicated", "bypass-once"}) {
            assertEquals(3, read.series().get(new SeriesKey(strategy, "EAGER", "inlined", Metric.TIME)).size(), strategy);
        }
    }

    @Test
    void theClassesShapeIsItsOwnSeriesReadAgainstSyncOfTheSameShape() throws Exception {
        Path run = RunFixture.typical().depths(1, 10, 20).writeTo(temp.resolve("run"));
        ObjectMapper json = new ObjectMapper();
        ArrayNode results = (ArrayNode) json.readTree(run.resolve(RunReader.RESULT).toFile());
        int methods = results.size();
        for (int i = 0; i < methods; i++) {
            ObjectNode copy = results.get(i).deepCopy();
            if (copy.path("params").has("depth")) {
                ((ObjectNode) copy.path("params")).put("shape", "CLASSES");
                results.add(copy);
            }
        }
        json.writeValue(run.resolve(RunReader.RESULT).toFile(), results);

        CostModel model = CostModel.of(RunReader.read(run));
        SeriesKey classes = new SeriesKey("bypass-once", "EAGER", "opaque-classes", Metric.TIME);
        assertEquals(3, model.series().get(classes).size(), "depths 1, 10, 20 of the CLASSES shape alone");
        assertEquals(2, model.series().get(new SeriesKey("bypass-once", "EAGER", "opaque", Metric.TIME)).get(10)
                .forks().length, "the METHODS points keep their own two forks");
        assertEquals(new SeriesKey("duplicated", "SYNC", "opaque-classes", Metric.TIME), classes.reference());
        assertTrue(model.row(classes).isPresent());
    }
}
