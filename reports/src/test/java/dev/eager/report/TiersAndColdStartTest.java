package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiersAndColdStartTest {
    @TempDir
    Path temp;

    /** The typical run, plus the same strategies under C1 and the interpreter with their own (larger) call costs. */
    private static RunFixture tiered() {
        RunFixture f = RunFixture.typical();
        for (String tier : List.of("C1", "INTERPRETER")) {
            double call = tier.equals("C1") ? 3 : 30;
            f.lineUnder(tier, new RunFixture.Line("duplicated", "SYNC", "opaque", 10, call, 0, 0));
            f.lineUnder(tier, new RunFixture.Line("bypass-once", "EAGER", "opaque", 40, call * 1.05, 24, 0));
            f.lineUnder(tier, new RunFixture.Line("future", "EAGER", "opaque", 40, call * 4, 80, 24));
        }
        return f;
    }

    @Test
    void aSeriesUnderAnotherTierIsReadAgainstDuplicatedSyncUnderThatTier() {
        CostModel model = CostModel.of(RunFolder.read(tiered().writeTo(temp.resolve("run"))));
        FitRow once = model.row(new SeriesKey("bypass-once", "EAGER", "opaque-interpreter", Metric.TIME)).orElseThrow();
        assertEquals(Verdict.PAYS_ONCE, once.verdict());
        // The ceiling comes from the interpreter's own reference (30 ns/layer), not C2's (1.2).
        assertTrue(once.ceiling() > 30, String.valueOf(once.ceiling()));
        FitRow future = model.row(new SeriesKey("future", "EAGER", "opaque-c1", Metric.TIME)).orElseThrow();
        assertEquals(Verdict.PAYS_PER_LAYER, future.verdict());
        assertEquals(Verdict.PAYS_PER_LAYER,
                model.row(new SeriesKey("future", "EAGER", "opaque-c1", Metric.ALLOC)).orElseThrow().verdict());
    }

    @Test
    void resultsWithoutATierAndResultsUnderC2AreTheSameSeries() {
        RunFixture f = new RunFixture()
                .line(new RunFixture.Line("duplicated", "SYNC", "opaque", 3, 1.2, 0, 0))
                .lineUnder("C2", new RunFixture.Line("bypass-once", "EAGER", "opaque", 15, 1.2, 16, 0));
        CostModel model = CostModel.of(RunFolder.read(f.writeTo(temp.resolve("run"))));
        assertTrue(model.row(new SeriesKey("bypass-once", "EAGER", "opaque", Metric.TIME)).isPresent(),
                model.rows().toString());
        assertTrue(model.rows().stream().noneMatch(r -> r.key().layers().contains("c2")), model.rows().toString());
    }

    @Test
    void theGateJudgesTheC2SeriesOnlyEvenWhenTheRunHasOtherTiers() {
        Run baseline = RunFolder.read(RunFixture.typical().writeTo(temp.resolve("baseline")));
        // Under C1 this run has no negative control: a C1 series judged by the gate would fail step 0.
        RunFixture f = tiered();
        Run run = RunFolder.read(f.writeTo(temp.resolve("run")));
        Run withoutControl = RunFolder.read(RunFixture.typical()
                .lineUnder("C1", new RunFixture.Line("duplicated", "SYNC", "opaque", 10, 3, 0, 0))
                .lineUnder("C1", new RunFixture.Line("bypass-once", "EAGER", "opaque", 40, 9, 24, 0))
                .writeTo(temp.resolve("no-control")));
        for (Run r : List.of(run, withoutControl)) {
            List<Check> checks = Gate.judge(baseline, r, null, "no base in this test");
            assertTrue(checks.stream().noneMatch(c -> c.subject().contains("-c1") || c.subject().contains("-interpreter")),
                    checks.toString());
            assertTrue(checks.stream().noneMatch(c -> c.outcome() == Check.Outcome.FAIL), checks.toString());
        }
    }

    @Test
    void theReportHasOneChartPerTierAndATableOfVerdictsPerTier() throws Exception {
        Path run = tiered().writeTo(temp.resolve("run"));
        Path out = temp.resolve("report");
        Cli cli = Cli.run("render", run, "-o", out);
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        for (String chart : List.of("tier-c2", "tier-c1", "tier-interpreter")) {
            assertTrue(Files.exists(out.resolve(chart + ".png")), chart);
        }
        // Tier series get the tier section's charts, not a set of per-layer charts each.
        assertFalse(Files.exists(out.resolve("time-opaque-c1-eager.png")));
        String summary = Files.readString(out.resolve("summary.md"));
        assertTrue(summary.contains("## JIT tiers"), summary);
        assertTrue(summary.contains("| bypass-once | EAGER | opaque |"), summary);
        assertTrue(summary.contains("| future | EAGER | opaque-c1 | time |"), "the verdict table keeps every row: "
                + summary);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<h2>JIT tiers</h2>") && html.contains("<img src=\"tier-interpreter.png\""), html);
    }

    @Test
    void aRunWithoutOtherTiersHasNoTierSection() throws Exception {
        Path out = temp.resolve("report");
        Cli cli = Cli.run("render", RunFixture.typical().writeTo(temp.resolve("run")), "-o", out);
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        assertFalse(Files.readString(out.resolve("summary.md")).contains("JIT tiers"));
        assertFalse(Files.exists(out.resolve("tier-c2.png")));
    }

    @Test
    void theColdStartTableGivesEachCellOverItsForksAndTheRatioToDuplicatedSync() throws Exception {
        RunFixture f = RunFixture.typical()
                .coldStart("duplicated", "SYNC", 1, new double[] {100, 120, 110}, new double[] {512, 512, 512},
                        new double[] {3, 3, 3})
                .coldStart("bypass-once", "EAGER", 1, new double[] {300, 360, 330}, new double[] {4096, 4096, 4160},
                        new double[] {40, 40, 41});
        Run run = RunFolder.read(f.writeTo(temp.resolve("run")));
        assertTrue(run.fixedCost().stream().noneMatch(m -> ColdStart.isColdStart(m)),
                "a cold start is no fixed cost");
        List<ColdStart.Row> rows = ColdStart.of(run, run.strategies());
        assertEquals(List.of("duplicated", "bypass-once"), rows.stream().map(ColdStart.Row::strategy).toList());
        List<String> eager = ColdStart.cells(rows).get(1);
        assertEquals("330 [300, 360]", eager.get(4));
        assertEquals("3.00×", eager.get(5));
        assertEquals("4,096 [4,096, 4,160]", eager.get(6));
        assertEquals("512", ColdStart.cells(rows).get(0).get(6), "every fork agrees: one exact number");

        Path out = temp.resolve("report");
        Cli cli = Cli.run("render", run.folder(), "-o", out);
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        String summary = Files.readString(out.resolve("summary.md"));
        assertTrue(summary.contains("## Cold start") && summary.contains("| bypass-once | EAGER | 1 | 3 |"), summary);
    }
}
