package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered page as a browser shows it: headless Chromium (Debian's {@code chromium}) loads
 * {@code index.html} and reports every image it could not show and every section it draws empty.
 * Skipped, saying why, where no Chromium is installed.
 */
class ChromiumPageTest {
    @TempDir
    Path temp;

    private static ChromiumCheck chromium() {
        var found = ChromiumCheck.find();
        assumeTrue(found.isPresent(), "no Chromium on this machine (" + ChromiumCheck.WHERE
                + "): install Debian's chromium package to run the browser check; PageCheckTest checks the HTML without it");
        return found.get();
    }

    @Test
    void aReportWithOrmAndLoadShowsEveryImageAndNoEmptySectionInChromium() throws Exception {
        ChromiumCheck chromium = chromium();
        Path run = ReportPageTest.loadInto(ReportPageTest.withOrm(true, true).writeTo(temp.resolve("run")));
        assertEquals(ExitCode.OK, Cli.run("render", run).exit());
        ChromiumCheck.Result result = chromium.check(run.resolve("report"), temp.resolve("check"));
        assertTrue(result.ok(), result.toString());
        assertTrue(result.images() >= 20, result.toString());
        assertEquals(5, result.sections(), result.toString());
        assertTrue(Files.size(result.screenshot()) > 10_000, "the first screen was drawn: " + result.screenshot());
    }

    @Test
    void aMissingImageFailsTheBrowserCheck() throws Exception {
        ChromiumCheck chromium = chromium();
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        assertEquals(ExitCode.OK, Cli.run("render", run).exit());
        Files.delete(run.resolve("report/ratio-opaque-eager.png"));
        ChromiumCheck.Result result = chromium.check(run.resolve("report"), temp.resolve("check"));
        assertTrue(!result.ok() && result.problems().contains("missing image ratio-opaque-eager.png"), result.toString());
    }

    @Test
    void thePublishedRunsReportShowsEveryImageInChromium() throws Exception {
        ChromiumCheck chromium = chromium();
        Path published = Path.of("..", "results", "published").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(published), "no results/published in this checkout");
        Path run;
        try (Stream<Path> runs = Files.list(published)) {
            run = runs.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        }
        Path report = temp.resolve("report");
        assertEquals(ExitCode.OK, Cli.run("render", run, "-o", report).exit());
        ChromiumCheck.Result result = chromium.check(report, temp.resolve("check"));
        assertTrue(result.ok(), result.toString());
    }
}
