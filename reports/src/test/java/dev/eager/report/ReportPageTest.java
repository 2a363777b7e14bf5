package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page leads with the answer, then the orm, then load, then the details; every profile renders. */
class ReportPageTest {
    @TempDir
    Path temp;

    /** A typical run with the orm on two servers at three hit ratios and k = 0, 2, 4, 8, and load results. */
    static RunFixture withOrm(boolean kSweep, boolean hitSweep) {
        RunFixture f = RunFixture.typical();
        for (String server : List.of("memory", "h2")) {
            double io = server.equals("h2") ? 50 : 0;
            for (double hit : hitSweep ? new double[] {0, 0.5, 1} : new double[] {0}) {
                for (int k : kSweep ? new int[] {0, 2, 4, 8} : new int[] {0}) {
                    double wait = io * (1 - hit);
                    f.orm(new RunFixture.OrmPoint("duplicated", "SYNC", server, hit, k, 0.74 + 0.001 * k + wait, 200));
                    f.orm(new RunFixture.OrmPoint("duplicated", "EAGER", server, hit, k, 0.80 + 0.001 * k + wait, 220));
                    f.orm(new RunFixture.OrmPoint("future", "EAGER", server, hit, k, 0.87 + 0.02 * k + wait, 400 + 24 * k));
                    f.orm(new RunFixture.OrmPoint("bypass-once", "EAGER", server, hit, k, 0.85 + 0.001 * k + wait, 224));
                }
            }
        }
        return f;
    }

    static Path loadInto(Path run) {
        LoadFixture load = new LoadFixture();
        for (String server : List.of("memory", "h2")) {
            for (int rate : new int[] {250, 1000}) {
                load.cell("duplicated", "SYNC", server, rate, server.equals("h2") ? 60 : 5);
                load.cell("duplicated", "EAGER", server, rate, server.equals("h2") ? 62 : 6);
                load.cell("future", "EAGER", server, rate, server.equals("h2") ? 64 : 7);
            }
        }
        return load.writeTo(run);
    }

    private static List<String> sections(String html) {
        Matcher m = Pattern.compile("<section id=\"([^\"]+)\">").matcher(html);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void thePageLeadsWithTheAnswerThenTheOrmThenLoadThenTheDetails() throws Exception {
        Path run = loadInto(withOrm(true, true).writeTo(temp.resolve("run")));
        Cli cli = Cli.run("render", run, "-o", temp.resolve("report"));
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        String html = Files.readString(temp.resolve("report/index.html"));
        assertEquals(List.of("answer", "orm", "load", "details", "provenance"), sections(html));
        String answer = html.substring(html.indexOf("<section id=\"answer\">"), html.indexOf("<section id=\"orm\">"));
        assertTrue(html.indexOf(ReportQuestion()) < html.indexOf("<section id=\"answer\">"), "the question comes first");
        assertTrue(answer.contains("<table class=\"matrix\">"), answer);
        assertTrue(answer.contains("<img src=\"time-opaque-eager.png\""), answer);
        assertTrue(answer.contains("duplicated SYNC (hand-written sync code) in grey"), answer);
        // The matrix has a column per mode and shape would the run have shapes; here one per mode.
        assertTrue(answer.contains("<th>EAGER</th>") && answer.contains("<th>ASYNC</th>"), answer);
        assertFalse(answer.contains("Not in this run"), "orm and load are in this run: " + answer);
        assertTrue(Files.readString(temp.resolve("report/summary.md")).contains("| future | EAGER | opaque | time |"));
    }

    private static String ReportQuestion() {
        return Html.esc(Report.QUESTION);
    }

    @Test
    void theMatrixHasAColumnPerModeAndShapeWhereTheRunHasShapes() throws Exception {
        RunFixture f = RunFixture.typical();
        f.line(new RunFixture.Line("duplicated", "SYNC", "opaque-classes", 3, 1.3, 0, 0));
        f.line(new RunFixture.Line("future", "EAGER", "opaque-classes", 30, 12, 56, 40));
        f.line(new RunFixture.Line("bypass-once", "EAGER", "opaque-classes", 15, 1.3, 24, 0));
        Path run = f.writeTo(temp.resolve("run"));
        assertEquals(ExitCode.OK, Cli.run("render", run, "-o", temp.resolve("report")).exit());
        String html = Files.readString(temp.resolve("report/index.html"));
        String answer = html.substring(html.indexOf("<section id=\"answer\">"), html.indexOf("<section id=\"details\">"));
        assertTrue(answer.contains("<th colspan=\"2\">EAGER</th>"), answer);
        assertTrue(answer.contains("<th>METHODS</th><th>CLASSES</th>"), answer);
        // bypass-once EAGER: METHODS then CLASSES, each time / bytes.
        assertTrue(answer.matches("(?s).*<tr><th>bypass-once</th><td><span class=\"none\">&ndash;</span></td>"
                + "<td><span class=\"none\">&ndash;</span></td><td><span class=\"once\"[^>]*>once</span> / <span"
                + " class=\"once\"[^>]*>once</span></td><td><span class=\"once\"[^>]*>once</span> / <span"
                + " class=\"once\"[^>]*>once</span></td>.*"), answer);
    }

    @Test
    void theOrmSectionShowsTheRatioTheServiceLayerFitAndTheCrossover() throws Exception {
        Path run = loadInto(withOrm(true, true).writeTo(temp.resolve("run")));
        Path out = temp.resolve("report");
        assertEquals(ExitCode.OK, Cli.run("render", run, "-o", out).exit());
        String html = Files.readString(out.resolve("index.html"));
        String orm = html.substring(html.indexOf("<section id=\"orm\">"), html.indexOf("<section id=\"load\">"));
        assertTrue(orm.contains("<th>h2: time / duplicated SYNC [95%], B/op</th>"), orm);
        // future EAGER on memory: 0.87 / 0.74 = 1.18 at hit ratio 0 and k = 0 (2% noise).
        assertTrue(orm.contains("<tr><td>future</td><td>EAGER</td><td>1.1"), orm);
        assertTrue(orm.contains("<tr><td>duplicated</td><td>SYNC</td><td>1 (the reference), 200 B</td>"), orm);
        // The k sweep: future pays 20 ns and 24 B per service layer, bypass-once pays once.
        assertTrue(orm.matches("(?s).*<td>future</td><td>EAGER</td><td>orm-memory</td><td>alloc</td>.*?"
                + "<td class=\"per-layer\">pays-per-layer</td>.*"), orm);
        assertTrue(orm.matches("(?s).*<td>bypass-once</td><td>EAGER</td><td>orm-memory</td><td>alloc</td>.*?"
                + "<td class=\"once\">pays-once</td>.*"), orm);
        for (String chart : List.of("orm-k-memory-eager", "orm-k-h2-sync", "orm-crossover-h2-eager",
                "orm-crossover-memory-sync")) {
            assertTrue(orm.contains("<img src=\"" + chart + ".png\""), chart);
            assertTrue(Files.size(out.resolve(chart + ".png")) > 0, chart);
        }
        // The crossover in numbers: future EAGER on h2 at each fraction of lookups that wait.
        assertTrue(orm.contains("<th>0 reach h2</th><th>0.5 reach h2</th><th>1 reach h2</th>"), orm);
        assertTrue(orm.matches("(?s).*<tr><td>future</td><td>EAGER</td><td>1\\.[0-9]+ \\[.*"), orm);
        String load = html.substring(html.indexOf("<section id=\"load\">"), html.indexOf("<section id=\"details\">"));
        for (String chart : List.of("latency-memory-sync", "latency-h2-eager")) {
            assertTrue(load.contains("<img src=\"" + chart + ".png\""), chart);
        }
    }

    @Test
    void withoutAServiceLayerOrHitRatioSweepTheOrmSaysSoInOneLineEach() throws Exception {
        Path run = withOrm(false, false).writeTo(temp.resolve("run"));
        Cli cli = Cli.run("render", run, "-o", temp.resolve("report"));
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        String html = Files.readString(temp.resolve("report/index.html"));
        assertTrue(html.contains("No service-layer sweep in this run (k = [0] only)"), html);
        assertTrue(html.contains("No hit-ratio sweep in this run (hit ratio 0 only)"), html);
        assertFalse(html.contains("orm-k-"), html);
        assertTrue(html.contains("Not in this run: load (no load-summary.json)."), html);
    }

    @Test
    void aRunWithoutOrmOrLoadSaysSoOnTheFirstScreen() throws Exception {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        assertEquals(ExitCode.OK, Cli.run("render", run, "-o", temp.resolve("report")).exit());
        String html = Files.readString(temp.resolve("report/index.html"));
        assertEquals(List.of("answer", "details", "provenance"), sections(html));
        assertTrue(html.contains("Not in this run: the orm stack (no OrmBenchmark results); load (no load-summary.json)."),
                html);
    }

    @Test
    void aRunWhoseDepthsCannotBeFittedStillRendersAndSaysWhichFitsNeedMoreDepths() throws Exception {
        // Two depths and one fork: no series can be fitted (a smoke run of another day).
        Path run = RunFixture.typical().depths(1, 20).forks(1).writeTo(temp.resolve("run"));
        Cli render = Cli.run("render", run, "-o", temp.resolve("report"));
        assertEquals(ExitCode.OK, render.exit(), render.err());
        String html = Files.readString(temp.resolve("report/index.html"));
        List<String> lines = html.lines().filter(l -> l.contains("Not fitted: ")).toList();
        assertTrue(lines.size() >= 1, html);
        assertTrue(lines.getFirst().contains("28 of 28 series are drawn but not fitted (measured at depths [1, 20]"),
                lines.getFirst());
        assertTrue(html.contains("<span class=\"unfitted\">not fitted</span>"), "the matrix says so per cell");
        assertTrue(html.contains("<img src=\"time-opaque-eager.png\""), "the charts are still drawn");
        assertTrue(PageCheck.of(temp.resolve("report/index.html")).isEmpty());
        // The commands that need every fit still refuse it, with the reason.
        Cli fit = Cli.run("fit", run);
        assertEquals(ExitCode.BAD_INPUT, fit.exit());
        assertTrue(fit.err().contains("duplicated SYNC opaque time: measured at depth(s) [1, 20]"), fit.err());
    }

    @Test
    void aRunWithSomeSeriesTooShortFitsTheRest() throws Exception {
        // The kotlin series was measured at one depth only.
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        Path short1 = RunFixture.typical().only("duplicated SYNC").depths(10).writeTo(temp.resolve("short"));
        Files.writeString(run.resolve(RunFolder.RESULTS), Files.readString(run.resolve(RunFolder.RESULTS)).replaceFirst(
                "\\]\\s*$", "," + Files.readString(short1.resolve(RunFolder.RESULTS)).strip().substring(1)
                        .replace("\"duplicated\"", "\"kotlin\"")));
        Cli render = Cli.run("render", run, "-o", temp.resolve("report"));
        assertEquals(ExitCode.OK, render.exit(), render.err());
        String html = Files.readString(temp.resolve("report/index.html"));
        assertTrue(html.contains("4 of 32 series are drawn but not fitted (measured at depths [10]"), html);
        assertTrue(html.contains("<td class=\"per-layer\">pays-per-layer</td>"), "the rest is fitted");
    }
}
