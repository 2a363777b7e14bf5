package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir
    Path temp;

    private Path loadRun() throws Exception {
        Path load = Files.createDirectories(temp.resolve("load"));
        Files.writeString(load.resolve("load-summary.json"), """
                [{"strategy":"duplicated","mode":"SYNC","server":"memory","rate":1000,"sent":5000,"ok":5000,"failed":0,
                  "p50":40,"p90":60,"p99":150,"p999":900,"max":2000},
                 {"strategy":"future","mode":"EAGER","server":"memory","rate":1000,"sent":5000,"ok":4990,"failed":10,
                  "p50":55,"p90":80,"p99":300,"p999":1500,"max":4000}]
                """);
        Files.writeString(load.resolve("duplicated-SYNC-memory-1000.hlog"), "#[fixture]\n");
        return load;
    }

    @Test
    void writesEachChartOnceAsThePngTheIndexShowsWithIndexAndSummary() throws Exception {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        Path out = temp.resolve("report");
        Cli cli = Cli.run("render", run, "-o", out, "--load", loadRun());
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        assertEquals(out.toAbsolutePath().resolve("index.html").toString(), cli.out().strip());
        for (String chart : new String[] {"time-opaque-eager", "time-inlined-sync", "alloc-opaque-eager",
                "ratio-opaque-eager", "fixed-cost", "latency"}) {
            BufferedImage png = ImageIO.read(out.resolve(chart + ".png").toFile());
            assertEquals(1280, png.getWidth(), chart);
            assertEquals(720, png.getHeight(), chart);
            assertFalse(Files.exists(out.resolve(chart + ".svg")), chart + ": published output keeps each chart once");
        }
        String html = Files.readString(out.resolve("index.html"));
        assertFalse(html.contains(".svg"), "index.html links no SVG it did not get");
        assertTrue(html.contains("<img src=\"time-opaque-eager.png\""), html);
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"),
                "index.html must work offline");
        assertTrue(html.contains("fixture CPU"));
        String summary = Files.readString(out.resolve("summary.md"));
        assertTrue(summary.contains("| future | EAGER | opaque | time |"), summary);
        try (Stream<Path> left = Files.list(temp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".report")), "temporary folder left");
        }
    }

    @Test
    void withSvgEveryChartAlsoComesAsSvgLinkedFromItsPng() throws Exception {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        Path out = temp.resolve("report");
        Cli cli = Cli.run("render", run, "-o", out, "--svg");
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        String html = Files.readString(out.resolve("index.html"));
        for (String chart : new String[] {"time-opaque-eager", "alloc-opaque-eager", "fixed-cost"}) {
            assertTrue(Files.readString(out.resolve(chart + ".svg")).contains("<svg"), chart);
            assertTrue(html.contains("<a href=\"" + chart + ".svg\"><img src=\"" + chart + ".png\""), chart);
        }
    }

    @Test
    void replacesAnOldReportOnlyWhenTheNewOneIsComplete() throws Exception {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        Path out = Files.createDirectories(temp.resolve("report"));
        Files.writeString(out.resolve("index.html"), "old");
        Path badLoad = Files.createDirectories(temp.resolve("load"));
        Files.writeString(badLoad.resolve("load-summary.json"), "[{\"strategy\":");
        Cli failed = Cli.run("render", run, "-o", out, "--load", badLoad);
        assertEquals(ExitCode.BAD_INPUT, failed.exit());
        assertEquals("old", Files.readString(out.resolve("index.html")));

        Cli ok = Cli.run("render", run, "-o", out);
        assertEquals(ExitCode.OK, ok.exit(), ok.err());
        assertTrue(Files.readString(out.resolve("index.html")).startsWith("<!DOCTYPE html>"));
        try (Stream<Path> left = Files.list(temp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "temporary folder left");
        }
    }

    @Test
    void defaultsToAReportFolderInsideTheRun() {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        Cli cli = Cli.run("render", run);
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        assertTrue(Files.isRegularFile(run.resolve("report/index.html")));
    }
}
