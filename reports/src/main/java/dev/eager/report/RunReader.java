package dev.eager.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a run folder written by the harness ({@code jmh-result.json} from JMH's {@code -rf json},
 * and {@code manifest.json}); anything it cannot use becomes a {@link BadInput} naming the file.
 */
public final class RunReader {
    /** JMH's result file in a run folder. */
    public static final String RESULT = "jmh-result.json";
    /** The harness's provenance file in a run folder. */
    public static final String MANIFEST = "manifest.json";
    /** JMH's name for exact bytes allocated per operation under {@code -prof gc}. */
    static final String ALLOC_METRIC = "gc.alloc.rate.norm";

    // Trailing tokens fail: two arrays pasted together must not read as the first one alone.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RunReader() {
    }

    /** Reads the run in {@code folder}. */
    public static Run read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInput(folder, "no such run folder");
        }
        Manifest manifest = new Manifest(parse(folder.resolve(MANIFEST)));
        Path resultFile = folder.resolve(RESULT);
        JsonNode results = parse(resultFile);
        if (!results.isArray()) {
            throw new BadInput(resultFile, "expected JMH's JSON array of benchmark results (-rf json)");
        }
        if (results.isEmpty()) {
            throw new BadInput(resultFile, "no benchmark results (did the run fail before measuring?)");
        }
        List<Measurement> measurements = new ArrayList<>();
        int index = 0;
        for (JsonNode result : results) {
            read(resultFile, index++, result, measurements);
        }
        return new Run(folder, manifest, List.copyOf(measurements));
    }

    /** Parses a JSON file, turning every way it can be unusable into one line. */
    static JsonNode parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInput(file, "missing (is this a run folder written by scripts/bench?)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInput(file, "cannot read: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw new BadInput(file, "empty (was the run interrupted?)");
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new BadInput(file, "empty (was the run interrupted?)");
            }
            return node;
        } catch (JsonEOFException e) {
            throw new BadInput(file, "truncated at byte " + bytes.length + " (was the run interrupted?)");
        } catch (JsonProcessingException e) {
            // Cut between two array entries, Jackson reports a parse error rather than an EOF.
            if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
                throw new BadInput(file, "truncated at byte " + bytes.length + " (was the run interrupted?)");
            }
            var where = e.getLocation();
            throw new BadInput(file, "malformed JSON at line " + where.getLineNr() + ", column "
                    + where.getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInput(file, "cannot read: " + e.getMessage());
        }
    }

    private static void read(Path file, int index, JsonNode result, List<Measurement> into) {
        String benchmark = result.path("benchmark").asText(null);
        if (benchmark == null) {
            throw new BadInput(file, "result #" + index + " has no \"benchmark\" name");
        }
        Map<String, String> params = new LinkedHashMap<>();
        result.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        ChainPoint chain = chainPoint(file, benchmark, params);
        JsonNode primary = result.path("primaryMetric");
        if (!primary.isObject()) {
            throw new BadInput(file, benchmark + " " + params + ": no primaryMetric");
        }
        into.add(new Measurement(benchmark, params, chain, Metric.TIME, toNanos(file, benchmark, primary)));
        JsonNode alloc = result.path("secondaryMetrics").path(ALLOC_METRIC);
        if (alloc.isObject()) {
            into.add(new Measurement(benchmark, params, chain, Metric.ALLOC, sample(file, benchmark, alloc)));
        }
    }

    /**
     * A depth-sweep benchmark (the chain benchmarks) has a strategy, a depth, a layer kind and a
     * mode (a parameter, or the method's name). Another benchmark with a strategy and a depth
     * (BypassAllocationBenchmark) is a fixed-cost one: read as a chain point it was pooled into
     * the inlined EAGER series of its strategies.
     */
    private static ChainPoint chainPoint(Path file, String benchmark, Map<String, String> params) {
        String strategy = params.get("strategy");
        String depth = params.get("depth");
        String layers = params.get("layers");
        if (strategy == null || depth == null || layers == null) {
            return null;
        }
        // A shape other than METHODS (every layer its own class) is keyed as layers are: its own
        // series, read against duplicated SYNC of the same shape. Runs before shapes existed are METHODS.
        String shape = params.getOrDefault("shape", "METHODS");
        if (!shape.equals("METHODS")) {
            layers = layers + "-" + shape.toLowerCase(Locale.ROOT);
        }
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String mode = params.getOrDefault("mode", method).toUpperCase(Locale.ROOT);
        if (SeriesKey.modeRank(mode) > 2) {
            return null;
        }
        try {
            return new ChainPoint(strategy, mode, layers, Integer.parseInt(depth));
        } catch (NumberFormatException e) {
            throw new BadInput(file, benchmark + ": depth '" + depth + "' is not a number");
        }
    }

    private static Sample toNanos(Path file, String benchmark, JsonNode metric) {
        String unit = metric.path("scoreUnit").asText("");
        double factor = switch (unit) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> throw new BadInput(file, benchmark + ": score unit '" + unit
                    + "' is not a time per operation (run JMH in mode avgt)");
        };
        return sample(file, benchmark, metric).scaled(factor);
    }

    private static Sample sample(Path file, String benchmark, JsonNode metric) {
        JsonNode score = metric.path("score");
        if (!score.isNumber()) {
            throw new BadInput(file, benchmark + ": metric without a numeric score");
        }
        List<double[]> forks = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            List<Double> values = new ArrayList<>();
            for (JsonNode value : fork) {
                if (value.isNumber()) {
                    values.add(value.asDouble());
                }
            }
            if (!values.isEmpty()) {
                forks.add(values.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        JsonNode error = metric.path("scoreError");
        double jmhError = error.isNumber() ? error.asDouble() : Double.NaN;
        return new Sample(score.asDouble(), jmhError, forks.toArray(double[][]::new));
    }
}
