package dev.eager.harness.loc;

import dev.eager.harness.SharedOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eager loc}: the source lines each strategy costs its author, written and generated apart. */
@Command(name = "loc", mixinStandardHelpOptions = true,
        header = "Source lines per strategy, written and generated apart.",
        description = {
            "Source lines each strategy costs its author: the price duplication pays in code size.",
            "Counts non-blank, non-comment source lines per strategy for each workload, the lines",
            "its author writes apart from the lines a build-time generator writes from them:",
            "  chain  the package's files named *Chain* (templates Chain*.tmpl, ClassChain*.tmpl,",
            "         sources such as ChainWorkload.java), in every shape",
            "  orm    every other template of the package and every other main source file of",
            "         workloads/src/main/java/dev/eager/workload/<pkg>/ (the per-strategy layers:",
            "         repository, query set, cursor, connection, pool, protocol, codec, transport",
            "         and the stack's wiring)",
            "written    templates and hand-written files: what the author maintains.",
            "generated  what the build writes as source from them, regenerated here into a",
            "           temporary folder with the build's own generators: the templates expanded",
            "           by ChainGenerator to the build's depth (the chain's layers 1..<chain.depth>;",
            "           a template without a repeated block expands to a copy, e.g. bypass's orm",
            "           files, one source for two packages), and the sync twins SyncGenerator",
            "           writes from @GenerateSync classes (strategy codegen). Bytecode a build step",
            "           writes (the bypass twins) is not source and is not counted.",
            "A template serves the package of its folder, or the packages its first line names",
            "with \"// @packages a.b c.d\" (then it is counted for each: each variant's author has",
            "that code). A package that reuses another's classes (continuations-vt) counts only",
            "its own files. Peers (module peers/, when present) are counted the same way, Kotlin",
            "sources included. Shared, colour-free code (dev.eager.workload.orm: wire codec, SQL",
            "compiler, row mapping, servers) is counted once, on its own row. A strategy's name is",
            "read from its ChainWorkload.",
            "Comments: lines inside /* ... */ blocks (Javadoc included) and lines starting with //",
            "are not counted; a comment after code on the same line does not make the line a",
            "comment. Runs the generators on this JDK; takes a few seconds."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:counted", "2:bad usage, or a generator failed"})
public final class LocCommand implements Callable<Integer> {
    /** How the table is printed. */
    enum Format { table, tsv }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default, Markdown) or tsv")
    Format format;

    @Mixin
    SharedOptions.Repository repository;

    private LocCommand() {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path generated = Files.createTempDirectory("eager-loc");
        try {
            Generators generators = new Generators(repository.repo, ProcessHandle.current().info().command().map(Path::of)
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java")));
            generators.writeInto(generated);
            LocTable table = new LocTable(repository.repo, generated);
            print(table.rows(), table.shared(), generators.depth(), System.out);
            return 0;
        } finally {
            try (Stream<Path> walk = Files.walk(generated)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    void print(List<LocTable.Row> rows, LocTable.Shared shared, int depth, PrintStream out) {
        if (format == Format.tsv) {
            out.println("strategy\tchain_written\tchain_generated\torm_written\torm_generated\torm_files");
            for (LocTable.Row r : rows) {
                out.println(String.join("\t", r.strategy(), str(r.chainWritten()), str(r.chainGenerated()),
                        str(r.ormWritten()), str(r.ormGenerated()), str(r.ormFiles())));
            }
            out.println("shared-orm\t0\t0\t" + shared.lines() + "\t0\t" + shared.files());
            return;
        }
        String line = "| %-18s | %13s | %15s | %11s | %13s | %9s |%n";
        out.printf(line, "strategy", "chain written", "chain generated", "orm written", "orm generated", "orm files");
        out.printf("|%s|%s|%s|%s|%s|%s|%n", "-".repeat(20), "-".repeat(15), "-".repeat(17), "-".repeat(13),
                "-".repeat(15), "-".repeat(11));
        for (LocTable.Row r : rows) {
            out.printf(line, r.strategy(), r.chainWritten(), r.chainGenerated(), r.ormWritten(), r.ormGenerated(),
                    r.ormFiles());
        }
        out.printf(line, "(shared orm code)", "-", "-", shared.lines(), "-", shared.files());
        out.printf("%nwritten: templates and hand-written files; generated: the sources the build writes from them%n");
        out.printf("(chain templates expanded to depth %d, codegen sync twins); --help says exactly what counts.%n", depth);
    }

    private static String str(int n) {
        return String.valueOf(n);
    }
}
