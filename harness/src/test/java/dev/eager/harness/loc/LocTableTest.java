package dev.eager.harness.loc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocTableTest {
    @TempDir
    Path repo;

    @TempDir
    Path generated;

    private void write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines));
    }

    @Test
    void eachStrategyCountsItsOwnFilesAndTheTemplatesThatServeItWrittenAndGeneratedApart() throws IOException {
        Path main = repo.resolve("workloads/src/main/java/dev/eager/workload");
        write(main.resolve("alpha/ChainWorkload.java"), "package a;", "// why", "class ChainWorkload {",
                "    public String strategy() { return \"alpha\"; }", "}");
        write(main.resolve("alpha/Repository.java"), "package a;", "", "class Repository {}");
        write(main.resolve("alpha/package-info.java"), "/** Not counted. */", "package a;");
        write(main.resolve("beta/ChainWorkload.java"), "class ChainWorkload {", "String strategy() { return \"beta\"; }", "}");
        write(main.resolve("orm/Wire.java"), "package orm;", "class Wire {}");
        write(main.resolve("orm/sql/Compiler.java"), "class Compiler {}");
        write(main.resolve("orm/package-info.java"), "package orm;");
        Path templates = repo.resolve("workloads/src/templates/java/dev/eager/workload");
        write(templates.resolve("alpha/Chain.java.tmpl"), "class Chain {", "// @repeat", "int layer$N;", "// @end", "}");
        write(templates.resolve("common/Codec.java.tmpl"), "// @packages dev.eager.workload.alpha dev.eager.workload.beta",
                "class Codec {", "}");
        write(templates.resolve("common/Other.java.tmpl"), "// @packages dev.eager.workload.alpha", "class Other {}");
        write(repo.resolve("peers/src/main/kotlin/dev/eager/workload/gamma/ChainWorkload.kt"),
                "class ChainWorkload {", "    override fun strategy(): String = \"gamma\"", "}");
        Path out = generated.resolve("templates/dev/eager/workload");
        write(out.resolve("alpha/Chain.java"), "class Chain {", "int layer1;", "int layer2;", "}");
        write(out.resolve("alpha/Codec.java"), "class Codec {", "}");
        write(generated.resolve("sync/dev/eager/workload/alpha/SyncChain.java"), "class SyncChain {}");

        LocTable table = new LocTable(repo, generated);
        assertEquals(List.of(new LocTable.Row("alpha", 3 + 4, 4 + 1, 2 + 2 + 1, 2, 3),
                new LocTable.Row("beta", 3, 0, 2, 0, 1),
                new LocTable.Row("gamma", 3, 0, 0, 0, 0)), table.rows());
        assertEquals(new LocTable.Shared(3, 2), table.shared());
    }
}
