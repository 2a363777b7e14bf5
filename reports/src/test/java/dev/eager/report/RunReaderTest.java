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
}
