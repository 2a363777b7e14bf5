package dev.eager.harness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForkResultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode fork(double... times) throws Exception {
        StringBuilder raw = new StringBuilder();
        for (double t : times) {
            raw.append(raw.isEmpty() ? "" : ",").append(t);
        }
        return JSON.readTree("""
                {"benchmark":"b.B.m","forks":1,"params":{"depth":"1"},
                 "primaryMetric":{"score":0,"scoreError":0,"scoreUnit":"ns/op","scorePercentiles":{"50.0":1},
                   "rawData":[[%s]]},
                 "secondaryMetrics":{"gc.alloc.rate.norm":{"score":80,"scoreUnit":"B/op","rawData":[[80,80]]},
                   "only.in.one":{"score":1,"scoreUnit":"x","rawData":[[1]]}}}
                """.formatted(raw));
    }

    @Test
    void forksKeepTheirIterationsInRoundOrderAndTheScoreIsTheirMean() throws Exception {
        JsonNode first = fork(10, 12);
        JsonNode second = fork(20, 22);
        second = ((com.fasterxml.jackson.databind.node.ObjectNode) second).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) second.path("secondaryMetrics")).remove("only.in.one");
        JsonNode merged = ForkResults.merge(List.of(first, second));
        assertEquals(2, merged.path("forks").asInt());
        assertEquals("[[10.0,12.0],[20.0,22.0]]", merged.path("primaryMetric").path("rawData").toString());
        assertEquals(16.0, merged.path("primaryMetric").path("score").asDouble(), 1e-9);
        assertEquals("[[80,80],[80,80]]", merged.path("secondaryMetrics").path("gc.alloc.rate.norm").path("rawData")
                .toString());
        assertFalse(merged.path("secondaryMetrics").has("only.in.one"), "a metric not every fork has is left out");
        assertFalse(merged.path("primaryMetric").has("scorePercentiles"), "one fork's percentiles are not the run's");
    }
}
