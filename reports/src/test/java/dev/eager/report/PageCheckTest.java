package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser-free check of a rendered page: every image is a file, no section is empty. */
class PageCheckTest {
    @TempDir
    Path temp;

    @Test
    void everyRenderedReportPassesTheCheck() throws Exception {
        Path run = ReportPageTest.loadInto(ReportPageTest.withOrm(true, true).writeTo(temp.resolve("run")));
        assertEquals(ExitCode.OK, Cli.run("render", run).exit());
        assertEquals(List.of(), PageCheck.of(run.resolve("report/index.html")));
    }

    @Test
    void aMissingImageIsFound() throws Exception {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        assertEquals(ExitCode.OK, Cli.run("render", run).exit());
        Files.delete(run.resolve("report/alloc-opaque-eager.png"));
        assertEquals(List.of("missing or empty file alloc-opaque-eager.png"), PageCheck.of(run.resolve("report/index.html")));
    }

    @Test
    void anEmptySectionIsFound() throws Exception {
        Path page = temp.resolve("index.html");
        Files.writeString(page, "<html><body><section id=\"answer\">\n<h2>The answer</h2>\n  <p> </p>\n</section>\n"
                + "<section id=\"load\">\n<h2>Under load</h2>\n<table><tr><td>x</td></tr></table></section></body></html>");
        List<String> problems = PageCheck.of(page);
        assertTrue(problems.contains("empty section #answer"), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.contains("#load")), problems.toString());
    }

    @Test
    void aSectionIsNeverBuiltEmpty() {
        try {
            new Html.Section("orm", "On a realistic stack", " ");
            throw new AssertionError("built an empty section");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("no content"), e.getMessage());
        }
    }
}
