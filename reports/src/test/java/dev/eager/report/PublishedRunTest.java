package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed results, read as a fresh clone reads them: the published run renders and fits as
 * the README says (over opaque layers, future EAGER pays per layer and codegen EAGER and
 * continuations SYNC pay once, in time and in bytes; bypass-once EAGER pays once in bytes, and its
 * time slope straddles the ceiling), the gate passes it against a baseline of the same code
 * (itself), and a copy of it with 3 ns and 16 B more per layer on codegen EAGER fails the gate. (Not against the committed baseline: that is of later code, whose eager entry allocates
 * less since the thread-cell carrier, and the gate rightly says so.)
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
            assertEquals(1, all.size(), "expected exactly one folder under " + parent + ": " + all);
            return all.getFirst();
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
        for (String metric : List.of("time", "alloc")) {
            assertEquals("pays-per-layer", verdict(rows, "future", "EAGER", metric), metric);
            assertEquals("pays-once", verdict(rows, "codegen", "EAGER", metric), metric);
            assertEquals("pays-once", verdict(rows, "continuations", "SYNC", metric), metric);
        }
        assertEquals("pays-once", verdict(rows, "bypass-once", "EAGER", "alloc"));
        assertEquals("inconclusive", verdict(rows, "bypass-once", "EAGER", "time"));
    }

    @Test
    void theGatePassesThePublishedRunAgainstItselfAndFailsItWithAPerLayerCostAdded() throws Exception {
        Path published = only("published");
        Path baseline = published;
        Cli gate = Cli.run("gate", "--baseline", baseline, published);
        assertEquals(ExitCode.OK, gate.exit(), gate.out() + gate.err());

        Path raised = raisedCopy(published, "codegen", temp.resolve("raised"));
        Cli fail = Cli.run("gate", "--baseline", baseline, raised);
        assertEquals(ExitCode.REGRESSION, fail.exit(), fail.out() + fail.err());
        assertTrue(fail.out().contains("FAIL [1 alloc] codegen EAGER opaque alloc: grows with depth"), fail.out());
        assertTrue(fail.out().contains("FAIL [1 alloc] codegen EAGER opaque alloc: exceeds baseline"), fail.out());
        assertTrue(fail.out().contains("FAIL [2 slope] codegen EAGER opaque time: pays-per-layer now"), fail.out());
    }

    @Test
    void aPublishedRunKeepsEachChartOnceAndEveryFileThePagesAndTheReadmeShow() throws Exception {
        Path published = only("published");
        Path report = published.resolve("report");
        List<String> names;
        try (Stream<Path> files = Files.list(report)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        List<String> charts = names.stream().filter(n -> n.endsWith(".png") || n.endsWith(".svg"))
                .map(n -> n.substring(0, n.lastIndexOf('.'))).toList();
        assertEquals(charts.stream().distinct().toList(), charts, "a chart stored twice in " + report);
        String readme = Files.readString(RESULTS.resolveSibling("README.md"));
        for (Path page : List.of(report.resolve("index.html"), report.resolve("summary.md"))) {
            var links = java.util.regex.Pattern.compile("(?:src|href)=\"([^\":#]+)\"|\\]\\(([^):#]+)\\)")
                    .matcher(Files.readString(page));
            while (links.find()) {
                String link = links.group(1) != null ? links.group(1) : links.group(2);
                assertTrue(Files.exists(report.resolve(link)), page + " links " + link + ", which is not there");
            }
        }
        var readmeLinks = java.util.regex.Pattern.compile("\\((results/published/[^)#]+)\\)").matcher(readme);
        while (readmeLinks.find()) {
            assertTrue(Files.exists(RESULTS.resolveSibling(readmeLinks.group(1))), "README links " + readmeLinks.group(1));
        }
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
        Files.createDirectories(copy);
        Manifest.read(run).write(copy);
        JmhJson.write(RunFolder.results(run), copy.resolve(RunFolder.RESULTS));
        RunFixture.rewrite(copy, r -> {
            if (r.kind() == BenchmarkKind.CHAIN && r.params().get("strategy").equals(strategy)
                    && "EAGER".equals(r.params().get("mode"))) {
                int depth = Integer.parseInt(r.params().get("depth"));
                return RunFixture.raised(r, 3.0 * depth, 16.0 * depth);
            }
            return r;
        });
        return copy;
    }
}
