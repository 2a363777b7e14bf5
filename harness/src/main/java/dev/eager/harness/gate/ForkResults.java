package dev.eager.harness.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;

/**
 * Single-fork JMH results of one parameter set, merged into one result as JMH writes a run of
 * several forks: every fork's iterations in {@code rawData}, in the order the forks ran (round by
 * round, so fork {@code i} of either side of the gate was measured in round {@code i}); score and
 * error over all iterations, as JMH computes them (mean, 99.9% Student's t).
 */
final class ForkResults {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double JMH_CONFIDENCE = 0.999;

    private ForkResults() {
    }

    /** The forks of one set, merged; metrics that not every fork reported are left out. */
    static JsonNode merge(List<JsonNode> forks) {
        ObjectNode merged = forks.getFirst().deepCopy();
        merged.put("forks", forks.size());
        merged.set("primaryMetric", metric(forks.stream().map(f -> f.path("primaryMetric")).toList()));
        ObjectNode secondary = JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> names = forks.getFirst().path("secondaryMetrics").fields();
        while (names.hasNext()) {
            String name = names.next().getKey();
            List<JsonNode> all = forks.stream().map(f -> f.path("secondaryMetrics").path(name)).toList();
            if (all.stream().allMatch(JsonNode::isObject)) {
                secondary.set(name, metric(all));
            }
        }
        merged.set("secondaryMetrics", secondary);
        return merged;
    }

    private static ObjectNode metric(List<JsonNode> forks) {
        ObjectNode metric = forks.getFirst().deepCopy();
        ArrayNode raw = JSON.createArrayNode();
        List<Double> all = new ArrayList<>();
        for (JsonNode fork : forks) {
            for (JsonNode iterations : fork.path("rawData")) {
                raw.add(iterations.deepCopy());
                iterations.forEach(v -> all.add(v.asDouble()));
            }
        }
        DescriptiveStatistics stats = new DescriptiveStatistics(all.stream().mapToDouble(Double::doubleValue).toArray());
        double score = stats.getMean();
        double error = stats.getN() < 2 ? Double.NaN : new TDistribution(stats.getN() - 1)
                .inverseCumulativeProbability(1 - (1 - JMH_CONFIDENCE) / 2) * stats.getStandardDeviation()
                / Math.sqrt(stats.getN());
        metric.put("score", score);
        if (Double.isFinite(error)) {
            metric.put("scoreError", error);
            metric.putArray("scoreConfidence").add(score - error).add(score + error);
        } else {
            metric.put("scoreError", "NaN");
        }
        metric.remove("scorePercentiles");
        metric.set("rawData", raw);
        return metric;
    }
}
