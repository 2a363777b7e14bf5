package dev.eager.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.descriptive.DescriptiveStatistics;

/**
 * JMH's JSON result format ({@code -rf json}), read into {@link JmhResult}s and written back: the
 * one place that knows its keys. Single-fork results of one parameter set merge into one result
 * as JMH itself writes a run of several forks (every fork's iterations in {@code rawData}, in the
 * order the forks ran; {@code forks} their count; score and error over all iterations as JMH
 * computes them: mean, 99.9% Student's t).
 */
public final class JmhJson {
    private static final double JMH_CONFIDENCE = 0.999;

    private JmhJson() {
    }

    /** The results in {@code file}, a JSON array as JMH writes it; anything unusable is {@link BadInput}. */
    public static List<JmhResult> read(Path file) {
        JsonNode results = JsonFiles.parse(file);
        if (!results.isArray()) {
            throw new BadInput(file, "expected JMH's JSON array of benchmark results (-rf json)");
        }
        List<JmhResult> out = new ArrayList<>();
        int index = 0;
        for (JsonNode result : results) {
            out.add(result(file, index++, result));
        }
        return out;
    }

    /** Writes {@code results} to {@code file} in JMH's layout. */
    public static void write(List<JmhResult> results, Path file) {
        ArrayNode array = JsonFiles.JSON.createArrayNode();
        results.forEach(r -> array.add(json(r)));
        JsonFiles.write(array, file);
    }

    /** The forks of one parameter set (single- or multi-fork results of the same key), as one result. */
    public static JmhResult merge(List<JmhResult> forks) {
        JmhResult first = forks.getFirst();
        for (JmhResult f : forks) {
            if (!f.key().equals(first.key())) {
                throw new IllegalArgumentException("not forks of one parameter set: " + first.key() + " and " + f.key());
            }
        }
        if (forks.size() == 1) {
            return first;
        }
        Map<String, JmhScore> secondary = new LinkedHashMap<>();
        // A metric that not every fork reported is left out: its score would describe some forks only.
        first.secondary().keySet().forEach(name -> {
            List<JmhScore> all = forks.stream().map(f -> f.secondary().get(name)).toList();
            if (all.stream().allMatch(java.util.Objects::nonNull)) {
                secondary.put(name, merged(all));
            }
        });
        return new JmhResult(first.benchmark(), first.params(), first.jvmArgs(),
                merged(forks.stream().map(JmhResult::primary).toList()), secondary, first.other());
    }

    /**
     * Several runs' results as one: the results of the same benchmark and parameters merged (the
     * forks of the first run first), in the order each key first appears.
     */
    public static List<JmhResult> pool(List<List<JmhResult>> runs) {
        Map<String, List<JmhResult>> byKey = new LinkedHashMap<>();
        runs.forEach(run -> run.forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r)));
        return byKey.values().stream().map(JmhJson::merge).toList();
    }

    private static JmhScore merged(List<JmhScore> scores) {
        double[][] forks = scores.stream().flatMap(s -> Arrays.stream(s.forks())).toArray(double[][]::new);
        DescriptiveStatistics stats = new DescriptiveStatistics(Arrays.stream(forks).flatMapToDouble(Arrays::stream)
                .toArray());
        double score = stats.getN() == 0 ? scores.getFirst().score() : stats.getMean();
        double error = stats.getN() < 2 ? Double.NaN : new TDistribution(stats.getN() - 1)
                .inverseCumulativeProbability(1 - (1 - JMH_CONFIDENCE) / 2) * stats.getStandardDeviation()
                / Math.sqrt(stats.getN());
        ObjectNode other = JsonFiles.JSON.createObjectNode();
        if (Double.isFinite(error)) {
            other.putArray("scoreConfidence").add(score - error).add(score + error);
        }
        // One fork's percentiles are not the merged result's: left out.
        return new JmhScore(score, error, scores.getFirst().unit(), forks, other);
    }

    private static JmhResult result(Path file, int index, JsonNode json) {
        if (!json.isObject()) {
            throw new BadInput(file, "result #" + index + " is not a JSON object");
        }
        String benchmark = json.path("benchmark").asText(null);
        if (benchmark == null) {
            throw new BadInput(file, "result #" + index + " has no \"benchmark\" name");
        }
        Map<String, String> params = new LinkedHashMap<>();
        json.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        List<String> jvmArgs = new ArrayList<>();
        json.path("jvmArgs").forEach(a -> jvmArgs.add(a.asText()));
        JsonNode primary = json.path("primaryMetric");
        if (!primary.isObject()) {
            throw new BadInput(file, benchmark + " " + params + ": no primaryMetric");
        }
        Map<String, JmhScore> secondary = new LinkedHashMap<>();
        json.path("secondaryMetrics").properties().forEach(e -> {
            if (e.getValue().isObject()) {
                secondary.put(e.getKey(), score(file, benchmark + " " + e.getKey(), e.getValue()));
            }
        });
        ObjectNode other = ((ObjectNode) json).deepCopy();
        other.remove(List.of("benchmark", "params", "jvmArgs", "forks", "primaryMetric", "secondaryMetrics"));
        return new JmhResult(benchmark, Collections.unmodifiableMap(params), List.copyOf(jvmArgs),
                score(file, benchmark, primary), Collections.unmodifiableMap(secondary), other);
    }

    private static JmhScore score(Path file, String where, JsonNode metric) {
        JsonNode score = metric.path("score");
        if (!score.isNumber()) {
            throw new BadInput(file, where + ": metric without a numeric score");
        }
        List<double[]> forks = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            double[] values = java.util.stream.StreamSupport.stream(fork.spliterator(), false)
                    .filter(JsonNode::isNumber).mapToDouble(JsonNode::asDouble).toArray();
            if (values.length > 0) {
                forks.add(values);
            }
        }
        JsonNode error = metric.path("scoreError");
        ObjectNode other = ((ObjectNode) metric).deepCopy();
        other.remove(List.of("score", "scoreError", "scoreUnit", "rawData"));
        return new JmhScore(score.asDouble(), error.isNumber() ? error.asDouble() : Double.NaN,
                metric.path("scoreUnit").asText(""), forks.toArray(double[][]::new), other);
    }

    private static ObjectNode json(JmhResult r) {
        ObjectNode o = JsonFiles.JSON.createObjectNode();
        if (r.other().has("jmhVersion")) {
            o.set("jmhVersion", r.other().get("jmhVersion"));
        }
        o.put("benchmark", r.benchmark());
        r.other().properties().forEach(e -> {
            if (!e.getKey().equals("jmhVersion")) {
                o.set(e.getKey(), e.getValue());
            }
        });
        // The forks the result really holds (a merged result is not the one fork it started as).
        o.put("forks", r.forks());
        ArrayNode jvm = o.putArray("jvmArgs");
        r.jvmArgs().forEach(jvm::add);
        ObjectNode params = o.putObject("params");
        r.params().forEach(params::put);
        o.set("primaryMetric", json(r.primary()));
        ObjectNode secondary = o.putObject("secondaryMetrics");
        r.secondary().forEach((name, s) -> secondary.set(name, json(s)));
        return o;
    }

    private static ObjectNode json(JmhScore s) {
        ObjectNode o = JsonFiles.JSON.createObjectNode();
        o.put("score", s.score());
        if (Double.isFinite(s.error())) {
            o.put("scoreError", s.error());
        } else {
            o.put("scoreError", "NaN");
        }
        s.other().properties().forEach(e -> o.set(e.getKey(), e.getValue()));
        o.put("scoreUnit", s.unit());
        ArrayNode raw = o.putArray("rawData");
        for (double[] fork : s.forks()) {
            ArrayNode values = raw.addArray();
            Arrays.stream(fork).forEach(values::add);
        }
        return o;
    }
}
