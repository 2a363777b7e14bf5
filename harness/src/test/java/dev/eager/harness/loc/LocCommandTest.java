package dev.eager.harness.loc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.report.Cli;
import dev.eager.harness.EagerCommandTest;
import dev.eager.workload.Workloads;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LocCommandTest {
    @Test
    void theRepositoryHasARowForEveryRegisteredStrategyWithTheBuildsGeneratorsRun() {
        // Tests run in harness/: the repository is its parent.
        Cli ran = EagerCommandTest.eager("loc", "--format", "tsv", "--repo", "..");
        assertEquals(0, ran.exit(), ran.err());
        List<String[]> rows = ran.out().lines().skip(1).map(l -> l.split("\t")).toList();
        assertTrue(rows.stream().allMatch(r -> r.length == 6), ran.out());
        Map<String, String[]> byStrategy = rows.stream().collect(Collectors.toMap(r -> r[0], Function.identity()));
        Set<String> expected = new java.util.HashSet<>(Workloads.strategies());
        expected.add("shared-orm");
        assertEquals(expected, byStrategy.keySet());
        // The chains are generated from templates: every template-based chain expands to more lines than written.
        assertTrue(Integer.parseInt(byStrategy.get("future")[2]) > Integer.parseInt(byStrategy.get("future")[1]), ran.out());
        // codegen's sync twins are generated source too, so its chain generates more than future's.
        assertTrue(Integer.parseInt(byStrategy.get("codegen")[2]) > Integer.parseInt(byStrategy.get("future")[2]), ran.out());
        assertTrue(Integer.parseInt(byStrategy.get("shared-orm")[3]) > 0, ran.out());
    }

    @Test
    void theTableIsMarkdownEndingWithTheSharedRowAndTheDepthItCountedAt() {
        LocCommand command = new picocli.CommandLine(LocCommand.class).<LocCommand>getCommand();
        command.format = LocCommand.Format.table;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        command.print(List.of(new LocTable.Row("future", 127, 2176, 432, 0, 9)), new LocTable.Shared(1278, 31), 100,
                new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("""
                | strategy           | chain written | chain generated | orm written | orm generated | orm files |
                |--------------------|---------------|-----------------|-------------|---------------|-----------|
                | future             |           127 |            2176 |         432 |             0 |         9 |
                | (shared orm code)  |             - |               - |        1278 |             - |        31 |

                written: templates and hand-written files; generated: the sources the build writes from them
                (chain templates expanded to depth 100, codegen sync twins); --help says exactly what counts.
                """, bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
