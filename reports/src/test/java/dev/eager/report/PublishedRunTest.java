package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed results, read as a fresh clone reads them: the published run renders, fits with the
 * negative control paying per layer in allocation (exact; its time was measured on a shared,
 * overloaded machine and is not asserted), meets every allocation check of the gate against the
 * committed baseline, and a copy of it with 3 ns and 16 B more per layer on a pay-once strategy
 * fails the gate.
 */
class PublishedRunTest {
    private static final Path RESULTS = Path.of("..", "results").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private static Path only(String folder) throws IOException {
        Path parent = RESULTS.resolve(folder);
        assumeTrue(Files.isDirectory(parent), "no " + parent + " in this checkout");
        try (Stream<Path> runs = Files.list(parent)) {
            List<Path> all = runs.filter(Files::isDirectory).sorted().toList();
            assumeTrue(!all.isEmpty(), "nothing under " + parent);
            return all.getLast();
        }
    }

    @Test
    void thePublishedRunRendersAndFitsAsTheReadmeSays() throws Exception {
        Path published = only("published");
        Cli render = Cli.run("render", published, "-o", temp.resolve("report"));
        assertEquals(ExitCode.OK, render.exit(), render.err());
        Cli fit = Cli.run("fit", published, "--format", "json");
        assertEquals(ExitCode.OK, fit.exit(), fit.err());
        JsonNode rows = new ObjectMapper().readTree(fit.out());
        assertEquals("pays-per-layer", verdict(rows, "future", "EAGER", "alloc"));
        assertEquals("pays-once", verdict(rows, "duplicated", "SYNC", "time"));
        assertEquals("pays-once", verdict(rows, "duplicated", "EAGER", "alloc"));
        for (String[] payOnce : new String[][] {{"bypass-once", "EAGER"}, {"continuations", "SYNC"}}) {
            String v = verdict(rows, payOnce[0], payOnce[1], "alloc");
            assertTrue(v == null || v.equals("pays-once"), payOnce[0] + " " + payOnce[1] + ": " + v);
        }
    }

    @Test
    void theGateFindsNoAllocationRegressionInThePublishedRunButFailsItWithAPerLayerCostAdded() throws Exception {
        Path published = only("published");
        Path baseline = only("baselines");
        Cli gate = Cli.run("gate", "--baseline", baseline, published);
        assertTrue(gate.exit() == ExitCode.OK || gate.exit() == ExitCode.REGRESSION, gate.out() + gate.err());
        assertTrue(gate.out().lines().anyMatch(l -> l.startsWith("PASS [1 alloc]")), gate.out());
        assertTrue(gate.out().lines().noneMatch(l -> l.startsWith("FAIL [1 alloc]")), gate.out());

        JsonNode rows = new ObjectMapper().readTree(Cli.run("fit", published, "--format", "json").out());
        String target = verdict(rows, "bypass-once", "EAGER", "alloc") != null ? "bypass-once" : "duplicated";
        Path raised = raisedCopy(published, target, temp.resolve("raised"));
        Cli fail = Cli.run("gate", "--baseline", baseline, raised);
        assertEquals(ExitCode.REGRESSION, fail.exit(), fail.out() + fail.err());
        assertTrue(fail.out().contains("FAIL [1 alloc] " + target + " EAGER opaque alloc: grows with depth"), fail.out());
        assertTrue(fail.out().contains("FAIL [1 alloc] " + target + " EAGER opaque alloc: exceeds baseline"), fail.out());
    }

    /** The opaque-layer verdict of one series, or null when the run does not have it. */
    private static String verdict(JsonNode rows, String strategy, String mode, String metric) {
        for (JsonNode r : rows) {
            if (r.path("strategy").asText().equals(strategy) && r.path("mode").asText().equals(mode)
                    && r.path("layers").asText().equals("opaque") && r.path("metric").asText().equals(metric)) {
                return r.path("verdict").asText();
            }
        }
        return null;
    }

    /** A copy of {@code run} whose {@code strategy} EAGER scores grow by 3 ns and 16 B per layer. */
    static Path raisedCopy(Path run, String strategy, Path copy) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode results = (ArrayNode) json.readTree(run.resolve(RunReader.RESULT).toFile());
        for (JsonNode r : results) {
            JsonNode params = r.path("params");
            if (params.path("strategy").asText().equals(strategy) && params.path("mode").asText().equals("EAGER")) {
                int depth = params.path("depth").asInt();
                raise((ObjectNode) r.path("primaryMetric"), 3.0 * depth);
                raise((ObjectNode) r.path("secondaryMetrics").path(RunReader.ALLOC_METRIC), 16.0 * depth);
            }
        }
        Files.createDirectories(copy);
        json.writeValue(copy.resolve(RunReader.RESULT).toFile(), results);
        Files.copy(run.resolve(RunReader.MANIFEST), copy.resolve(RunReader.MANIFEST));
        return copy;
    }

    private static void raise(ObjectNode metric, double by) {
        metric.put("score", metric.path("score").asDouble() + by);
        for (JsonNode fork : metric.path("rawData")) {
            ArrayNode values = (ArrayNode) fork;
            for (int i = 0; i < values.size(); i++) {
                values.set(i, values.get(i).asDouble() + by);
            }
        }
    }
}
