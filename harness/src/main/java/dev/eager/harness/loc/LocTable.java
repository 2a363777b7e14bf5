package dev.eager.harness.loc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The source lines of every strategy package of a repository, written and generated apart, for the
 * chain and for the orm: one {@link Row} per package with a {@code ChainWorkload}, in module order
 * (workloads, then peers), and the colour-free orm code once.
 */
final class LocTable {
    /** The modules whose packages are strategies, in the order of the table. */
    static final List<String> MODULES = List.of("workloads", "peers");
    /** The colour-free orm code, counted once. */
    static final String SHARED_ORM = "workloads/src/main/java/dev/eager/workload/orm";

    private static final String WORKLOAD = "dev/eager/workload";
    private static final String PACKAGES = "// @packages ";
    private static final Pattern NAME = Pattern.compile(".*return \"([^\"]*)\".*|.*strategy\\(\\) *= *\"([^\"]*)\".*");

    /** One strategy's lines; {@code ormFiles} counts its written orm files (templates included). */
    record Row(String strategy, int chainWritten, int chainGenerated, int ormWritten, int ormGenerated, int ormFiles) {
    }

    /** The shared orm code: its lines and files. */
    record Shared(int lines, int files) {
    }

    private final Path repo;
    private final Path generated;

    /**
     * @param repo      the repository's root
     * @param generated where {@link Generators} wrote the sources ({@code templates/} and {@code sync/})
     */
    LocTable(Path repo, Path generated) {
        this.repo = repo;
        this.generated = generated;
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String module : MODULES) {
            Path main = repo.resolve(module).resolve("src/main");
            for (Path language : children(main)) {
                for (Path dir : children(language.resolve(WORKLOAD))) {
                    String pkg = dir.getFileName().toString();
                    if (!pkg.equals("orm")) {
                        provider(dir).ifPresent(p -> rows.add(row(module, dir, pkg, p)));
                    }
                }
            }
        }
        return rows;
    }

    Shared shared() {
        List<Path> files = files(repo.resolve(SHARED_ORM), Integer.MAX_VALUE).stream()
                .filter(f -> name(f).endsWith(".java") && !name(f).equals("package-info.java")).toList();
        return new Shared(SourceLines.count(files), files.size());
    }

    private Row row(String module, Path dir, String pkg, Path provider) {
        List<Path> chain = new ArrayList<>(List.of(provider));
        List<Path> orm = new ArrayList<>();
        // Templates of this package: those in its folder, and those whose "// @packages" line names it
        // (one source for two variants is counted for each).
        for (Path template : files(repo.resolve(module).resolve("src/templates"), Integer.MAX_VALUE)) {
            if (name(template).endsWith(".tmpl") && serves(template, pkg)) {
                (name(template).contains("Chain") ? chain : orm).add(template);
            }
        }
        for (Path file : files(dir, 1)) {
            String name = name(file);
            if ((name.endsWith(".java") || name.endsWith(".kt")) && !name.startsWith("ChainWorkload.")
                    && !name.equals("package-info.java")) {
                (name.contains("Chain") ? chain : orm).add(file);
            }
        }
        List<Path> chainGenerated = new ArrayList<>();
        List<Path> ormGenerated = new ArrayList<>();
        for (String kind : List.of("templates", "sync")) {
            for (Path file : files(generated.resolve(kind).resolve(WORKLOAD).resolve(pkg), 1)) {
                (name(file).contains("Chain") ? chainGenerated : ormGenerated).add(file);
            }
        }
        String strategy = strategyName(provider).orElse(pkg);
        return new Row(strategy, SourceLines.count(chain), SourceLines.count(chainGenerated), SourceLines.count(orm),
                SourceLines.count(ormGenerated), orm.size());
    }

    private static boolean serves(Path template, String pkg) {
        List<String> lines = lines(template);
        if (!lines.isEmpty() && lines.getFirst().startsWith(PACKAGES)) {
            return List.of(lines.getFirst().split(" ")).contains("dev.eager.workload." + pkg);
        }
        return template.getParent().getFileName().toString().equals(pkg);
    }

    private static Optional<Path> provider(Path dir) {
        return Stream.of("ChainWorkload.java", "ChainWorkload.kt").map(dir::resolve).filter(Files::isRegularFile)
                .findFirst();
    }

    /** The name the provider returns from {@code strategy()}. */
    static Optional<String> strategyName(Path provider) {
        for (String line : lines(provider)) {
            Matcher m = NAME.matcher(line);
            if (m.matches()) {
                return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return Optional.empty();
    }

    /** The sub-folders of {@code dir}, sorted by name; none when it does not exist. */
    private static List<Path> children(Path dir) {
        return list(dir, 1).stream().filter(Files::isDirectory).toList();
    }

    /** The regular files under {@code dir} down to {@code depth}, sorted by path; none when it does not exist. */
    private static List<Path> files(Path dir, int depth) {
        return list(dir, depth).stream().filter(Files::isRegularFile).toList();
    }

    private static List<Path> list(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            return walk.filter(p -> !p.equals(dir)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}
