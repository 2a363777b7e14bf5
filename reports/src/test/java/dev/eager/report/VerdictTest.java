package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three verdicts: an interval straddling the ceiling is inconclusive, in the fit, the report and the gate. */
class VerdictTest {
    @TempDir
    Path temp;

    @Test
    void anIntervalWhollyAtOrBelowTheCeilingPaysOnceAndWhollyAbovePaysPerLayer() {
        assertEquals(Verdict.PAYS_ONCE, Verdict.of(1.03, 1.19, 1.62));
        assertEquals(Verdict.PAYS_ONCE, Verdict.of(1.0, 1.62, 1.62));
        assertEquals(Verdict.PAYS_PER_LAYER, Verdict.of(5.8, 6.8, 1.62));
    }

    @Test
    void theIssuesStraddlingSeriesAreInconclusive() {
        // continuations-vt ASYNC opaque allocation: -1.07 [-3.36, 1.22] B/layer against 0 + 1 B/layer.
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(-3.36, 1.22, Margin.ALLOC.ceiling(0)));
        // kotlin EAGER inlined time: -5.34 [-22.3, 11.7] ns/layer against a sync slope of about 0.05.
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(-22.3, 11.7, Margin.TIME.ceiling(0.05)));
        // bypass-prologue's published 1.61 [1.47, 1.75] against 1.62: printed pays-per-layer "by a hair" before.
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(1.47, 1.75, 1.62));
    }

    private static RunFixture withANoisySeries() {
        // kotlin pays once in truth (the sync slope), but its forks scatter by 60%: no run can tell.
        return RunFixture.typical()
                .line(new RunFixture.Line("kotlin", "EAGER", "inlined", 30, 0.05, 700, 0))
                .line(new RunFixture.Line("kotlin", "EAGER", "opaque", 30, 1.2, 700, 0))
                .noisy("kotlin", "EAGER", 0.6);
    }

    private static JsonNode row(JsonNode rows, String strategy, String mode, String layers, String metric) {
        for (JsonNode r : rows) {
            if (r.path("strategy").asText().equals(strategy) && r.path("mode").asText().equals(mode)
                    && r.path("layers").asText().equals(layers) && r.path("metric").asText().equals(metric)) {
                return r;
            }
        }
        throw new AssertionError("no row " + strategy + " " + mode + " " + layers + " " + metric);
    }

    @Test
    void aSeriesWhoseIntervalStraddlesTheCeilingIsInconclusiveInTheFit() throws Exception {
        Path run = withANoisySeries().writeTo(temp.resolve("run"));
        Cli cli = Cli.run("fit", run, "--format", "json");
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        JsonNode rows = new ObjectMapper().readTree(cli.out());
        for (String metric : new String[] {"time", "alloc"}) {
            JsonNode r = row(rows, "kotlin", "EAGER", "inlined", metric);
            assertTrue(r.path("slopeLow").asDouble() <= r.path("slopeCeiling").asDouble()
                    && r.path("slopeHigh").asDouble() > r.path("slopeCeiling").asDouble(), "the fixture straddles: " + r);
            assertEquals("inconclusive", r.path("verdict").asText(), r.toString());
        }
        // The clear cases keep their verdicts beside it.
        assertEquals("pays-per-layer", row(rows, "future", "EAGER", "inlined", "time").path("verdict").asText());
        assertEquals("pays-once", row(rows, "bypass-once", "EAGER", "inlined", "time").path("verdict").asText());

        Cli md = Cli.run("fit", run, "--format", "md");
        assertTrue(md.out().contains("| kotlin | EAGER | inlined | time |") && md.out().contains("*inconclusive*"),
                md.out());
        Cli table = Cli.run("fit", run);
        assertTrue(table.out().contains("inconclusive when it straddles the ceiling"), table.out());
    }

    @Test
    void theReportShowsInconclusiveApartFromPerLayer() throws Exception {
        Path run = withANoisySeries().writeTo(temp.resolve("run"));
        Cli cli = Cli.run("render", run, "-o", temp.resolve("report"));
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        String html = java.nio.file.Files.readString(temp.resolve("report/index.html"));
        assertTrue(html.contains("<td class=\"inconclusive\">inconclusive</td>"), "the full table");
        assertTrue(html.contains("<span class=\"inconclusive\" title=\"kotlin EAGER inlined time"), "the matrix");
        assertTrue(html.contains("<span class=\"per-layer\" title=\"future EAGER opaque time"), "the matrix");
    }

    @Test
    void theGateReportsAHeldSeriesThatTurnedInconclusiveAndDoesNotFailIt() {
        // Held to pay-once by a quiet baseline, bypass-once comes out straddling in a noisy run.
        Path baseline = RunFixture.typical().seed(1).writeTo(temp.resolve("baseline"));
        Path run = RunFixture.typical().seed(2).noisy("bypass-once", "EAGER", 0.5).writeTo(temp.resolve("run"));
        Cli cli = Cli.run("gate", "--baseline", baseline, run);
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("PASS [2 slope] bypass-once EAGER opaque time: "
                + "inconclusive now")), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("gate: ") && l.contains("came out inconclusive")
                && l.contains("bypass-once EAGER opaque time")), cli.out());
        assertTrue(cli.out().lines().noneMatch(l -> l.startsWith("FAIL [2 slope] bypass-once")), cli.out());
    }

    @Test
    void theGateStillFailsOnEvidence() {
        Path baseline = RunFixture.typical().seed(1).writeTo(temp.resolve("baseline"));
        Path run = RunFixture.typical().seed(2).change("bypass-once", "EAGER", l -> new RunFixture.Line(l.strategy(),
                l.mode(), l.layers(), l.fixedNs(), l.slopeNs() + 3, l.fixedB(), l.slopeB())).writeTo(temp.resolve("run"));
        Cli cli = Cli.run("gate", "--baseline", baseline, run);
        assertTrue(cli.out().contains("FAIL [2 slope] bypass-once EAGER opaque time: pays-per-layer now"), cli.out());
    }
}
