package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {
    @TempDir
    Path temp;

    private JsonNode row(JsonNode rows, String strategy, String mode, String layers, String metric) {
        for (JsonNode r : rows) {
            if (r.path("strategy").asText().equals(strategy) && r.path("mode").asText().equals(mode)
                    && r.path("layers").asText().equals(layers) && r.path("metric").asText().equals(metric)) {
                return r;
            }
        }
        throw new AssertionError("no row " + strategy + " " + mode + " " + layers + " " + metric + " in " + rows);
    }

    @Test
    void jsonRowsCarryTheModelItsIntervalsAndAVerdict() throws Exception {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        Cli cli = Cli.run("fit", run, "--format", "json");
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        JsonNode rows = new ObjectMapper().readTree(cli.out());
        for (JsonNode r : rows) {
            for (String field : List.of("strategy", "mode", "layers", "metric", "unit", "fixed", "fixedLow",
                    "fixedHigh", "slope", "slopeLow", "slopeHigh", "verdict")) {
                assertTrue(r.has(field), field + " missing in " + r);
            }
            assertTrue(r.path("slopeLow").asDouble() <= r.path("slope").asDouble());
            assertTrue(r.path("slope").asDouble() <= r.path("slopeHigh").asDouble());
        }
        // 7 series x 2 layer kinds x 2 metrics
        assertEquals(28, rows.size());
    }

    @Test
    void recoversTheFixtureSlopeWithinItsInterval() throws Exception {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        JsonNode rows = new ObjectMapper().readTree(Cli.run("fit", run, "--format", "json").out());
        JsonNode future = row(rows, "future", "EAGER", "opaque", "time");
        assertEquals(12, future.path("slope").asDouble(), 12 * 0.03, future.toString());
        assertTrue(future.path("slopeHigh").asDouble() - future.path("slopeLow").asDouble() < 1, future.toString());
        JsonNode alloc = row(rows, "future", "EAGER", "opaque", "alloc");
        assertEquals(40, alloc.path("slope").asDouble(), 1e-9);
        assertEquals(56, alloc.path("fixed").asDouble(), 1e-9);
        assertEquals("B/op", alloc.path("unit").asText());
    }

    @Test
    void theNegativeControlPaysPerLayerAndThePayOnceStrategiesPayOnce() throws Exception {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        JsonNode rows = new ObjectMapper().readTree(Cli.run("fit", run, "--format", "json").out());
        for (String layers : List.of("opaque", "inlined")) {
            assertEquals("pays-per-layer", row(rows, "future", "EAGER", layers, "time").path("verdict").asText());
            assertEquals("pays-per-layer", row(rows, "future", "EAGER", layers, "alloc").path("verdict").asText());
            assertEquals("pays-once", row(rows, "bypass-once", "EAGER", layers, "time").path("verdict").asText());
            assertEquals("pays-once", row(rows, "bypass-once", "EAGER", layers, "alloc").path("verdict").asText());
            assertEquals("pays-once", row(rows, "continuations", "SYNC", layers, "time").path("verdict").asText());
            assertEquals("pays-once", row(rows, "duplicated", "SYNC", layers, "time").path("verdict").asText());
        }
    }

    @Test
    void anExtraCallPerLayerIsPerLayer() throws Exception {
        Path run = RunFixture.typical()
                .change("bypass-once", "EAGER", l -> new RunFixture.Line(l.strategy(), l.mode(), l.layers(),
                        l.fixedNs(), l.slopeNs() + 1.2, l.fixedB(), l.slopeB()))
                .writeTo(temp.resolve("run"));
        JsonNode rows = new ObjectMapper().readTree(Cli.run("fit", run, "--format", "json").out());
        assertEquals("pays-per-layer", row(rows, "bypass-once", "EAGER", "opaque", "time").path("verdict").asText());
    }

    @Test
    void theTablePrintsTheMarginAndItsReason() {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        Cli table = Cli.run("fit", run);
        assertEquals(ExitCode.OK, table.exit(), table.err());
        assertTrue(table.out().contains("time margin max(0.500 ns/layer, 25% of the reference slope)"), table.out());
        assertTrue(table.out().contains("smallest Java object is 16 B"), table.out());
        Cli md = Cli.run("fit", run, "--format", "md");
        assertTrue(md.out().contains("| future | EAGER | opaque | time |"), md.out());
        assertTrue(md.out().contains("**pays-per-layer**"), md.out());
    }
}
