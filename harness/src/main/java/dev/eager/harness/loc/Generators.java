package dev.eager.harness.loc;

import dev.eager.report.BadInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build's own source generators, run afresh into a folder of ours: {@code ChainGenerator} (a
 * build script, run as a source file) expands every template root to the build's chain depth into
 * {@code templates/}, and {@code SyncGenerator} writes the codegen strategy's sync twins into
 * {@code sync/}. Each runs in a JVM of its own, as the build runs them.
 */
final class Generators {
    static final String CHAIN_GENERATOR = "workloads/src/build/ChainGenerator.java";
    static final String SYNC_GENERATOR = "strategies/src/main/java/dev/eager/strategy/codegen/SyncGenerator.java";
    private static final Pattern DEPTH = Pattern.compile(".*<chain.depth>([0-9]+)</chain.depth>.*");

    private final Path repo;
    private final Path java;

    Generators(Path repo, Path java) {
        this.repo = repo;
        this.java = java;
    }

    /** The depth the build expands chains to: {@code chain.depth} in workloads/pom.xml (100 if absent). */
    int depth() throws IOException {
        for (String line : Files.readAllLines(repo.resolve("workloads/pom.xml"))) {
            Matcher m = DEPTH.matcher(line);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 100;
    }

    /** Writes {@code out/templates} and {@code out/sync}. */
    void writeInto(Path out) throws IOException, InterruptedException {
        String depth = String.valueOf(depth());
        for (String module : LocTable.MODULES) {
            // A template root is a language folder (java, kotlin) under src/templates, or one level deeper
            // for a library built apart (src/templates/separate-library/java).
            for (Path root : templateRoots(repo.resolve(module).resolve("src/templates"))) {
                run(CHAIN_GENERATOR, root.toString(), out.resolve("templates").toString(), depth);
            }
        }
        List<String> sync = new ArrayList<>(List.of(out.resolve("sync").toString()));
        for (String module : LocTable.MODULES) {
            Path sources = repo.resolve(module).resolve("src/main/java");
            if (Files.isDirectory(sources)) {
                sync.add(sources.toString());
            }
        }
        sync.add(out.resolve("templates").toString());
        Files.createDirectories(out.resolve("templates"));
        run(SYNC_GENERATOR, sync.toArray(String[]::new));
    }

    private static List<Path> templateRoots(Path templates) throws IOException {
        if (!Files.isDirectory(templates)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(templates, 2)) {
            return walk.filter(p -> !p.equals(templates) && Files.isDirectory(p))
                    .filter(p -> p.getFileName().toString().equals("java") || p.getFileName().toString().equals("kotlin"))
                    .sorted().toList();
        }
    }

    private void run(String source, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString(), repo.resolve(source).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new BadInput(repo.resolve(source), "failed: " + output.strip().replace('\n', ' '));
        }
    }
}
