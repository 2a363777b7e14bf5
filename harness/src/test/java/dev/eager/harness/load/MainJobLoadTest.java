package dev.eager.harness.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job's load: sized per profile, and written into the run folder the report reads. */
class MainJobLoadTest {
    @TempDir
    Path temp;

    @Test
    void theMainJobsProfilesRunEveryPlanAtTwoOrMoreRatesAndSmokeStaysTiny() {
        for (String profile : List.of("smoke", "quick", "standard", "full")) {
            List<LoadPlan> plans = MainJobLoad.plans(profile);
            assertTrue(!plans.isEmpty(), profile);
            for (LoadPlan plan : plans) {
                assertTrue(plan.rates().size() >= 2, profile + ": " + plan.describe());
                assertTrue(plan.strategies().isEmpty(), "every strategy: " + plan.describe());
            }
        }
        assertEquals(List.of("h2", "postgres"), MainJobLoad.plans("standard").stream().map(LoadPlan::server).toList());
        LoadPlan smoke = MainJobLoad.plans("smoke").getFirst();
        assertEquals(List.of("h2"), MainJobLoad.plans("smoke").stream().map(LoadPlan::server).toList());
        assertEquals(1, smoke.seconds());
        assertEquals(0, smoke.warmup());
        assertEquals(List.of(), MainJobLoad.plans("gate"), "the gate measures no load");
    }

    @Test
    void severalServersFillOneSummaryWithAHistogramLogPerCell() throws Exception {
        List<CellResult> results = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        LoadPlan plan = new LoadPlan("smoke", "memory", List.of(50, 100), 1, 0, 4, 0, List.of("future"));
        assertEquals(LoadCommand.OK, LoadCommand.measure(plan, temp, out, results, skipped));
        JsonNode summary = new ObjectMapper().readTree(temp.resolve("load-summary.json").toFile());
        // future has no sync code: EAGER and ASYNC, two rates.
        assertEquals(4, summary.path("cells").size(), summary.toString());
        for (JsonNode cell : summary.path("cells")) {
            assertEquals(cell.path("sent").asLong(), cell.path("ok").asLong() + cell.path("failed").asLong());
            assertTrue(Files.size(temp.resolve(cell.path("hlog").asText())) > 0, cell.toString());
        }
        assertEquals(LoadCommand.OK, LoadCommand.measure(plan.withStrategies(List.of("duplicated")), temp,
                out, results, skipped));
        JsonNode both = new ObjectMapper().readTree(temp.resolve("load-summary.json").toFile());
        assertEquals(4 + 6, both.path("cells").size(), "the second plan added to the first: " + both);
        assertEquals(LoadCommand.OK, LoadCommand.measure(plan.withStrategies(List.of("kotlin")), temp, out, results,
                skipped));
        JsonNode withSkip = new ObjectMapper().readTree(temp.resolve("load-summary.json").toFile());
        assertEquals("[\"kotlin\"]", withSkip.path("skipped").toString(), "a strategy without an orm is said: " + withSkip);
    }
}
