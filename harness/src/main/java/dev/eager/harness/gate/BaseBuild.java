package dev.eager.harness.gate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The base commit's benchmarks jar, built from the repository's own history: {@code git archive}
 * of the commit into a scratch folder, then the same Maven command that builds the candidate's jar.
 * Kept under {@code target/gate-base/<commit>/} so that repeated gate runs build it once.
 *
 * @param jar    the base commit's benchmarks jar, or null when it could not be built
 * @param reason why not, when {@code jar} is null
 */
record BaseBuild(Path jar, String reason) {
    private static final long BUILD_MINUTES = 20;

    /** Builds (or finds) the jar of {@code commit} of the repository in {@code repo}. */
    static BaseBuild of(Path repository, String commit, PrintStream out) throws InterruptedException {
        // Absolute: the steps below run in other folders (tar in the extracted source) and name these paths.
        Path repo = repository.toAbsolutePath().normalize();
        if (commit == null || commit.isBlank() || commit.equals("?") || commit.equals("unknown")) {
            return new BaseBuild(null, "the baseline's manifest names no commit");
        }
        Path cache = repo.resolve("target").resolve("gate-base").resolve(commit);
        Path jar = cache.resolve("benchmarks.jar");
        if (Files.isRegularFile(jar)) {
            out.println("[gate] base commit " + commit + ": using the jar built earlier, " + jar);
            return new BaseBuild(jar, null);
        }
        try {
            Files.createDirectories(cache);
            Path log = cache.resolve("build.log");
            if (run(repo, log, 1, "git", "cat-file", "-e", commit + "^{commit}") != 0) {
                return new BaseBuild(null, "the baseline's commit " + commit + " is not in this clone's history"
                        + " (a shallow clone? fetch it, or make a baseline of a commit that is)");
            }
            Path source = cache.resolve("src");
            deleteTree(source);
            Files.createDirectories(source);
            Path tar = cache.resolve("src.tar");
            out.println("[gate] building the base commit " + commit + " (git archive, mvn package -pl harness -am;"
                    + " about 1-2 min; log " + log + ")");
            if (run(repo, log, 2, "git", "archive", "--format=tar", "-o", tar.toString(), commit) != 0
                    || run(source, log, 2, "tar", "-xf", tar.toString()) != 0) {
                return new BaseBuild(null, "could not extract commit " + commit + " (see " + log + ")");
            }
            if (run(source, log, BUILD_MINUTES, "mvn", "-B", "-q", "-Dstyle.color=never", "package", "-DskipTests",
                    "-pl", "harness", "-am") != 0) {
                return new BaseBuild(null, "the base commit " + commit + " does not build (see " + log + ")");
            }
            Files.copy(source.resolve("harness/target/benchmarks.jar"), jar, StandardCopyOption.REPLACE_EXISTING);
            deleteTree(source);
            Files.deleteIfExists(tar);
            return new BaseBuild(jar, null);
        } catch (IOException e) {
            return new BaseBuild(null, "could not build the base commit " + commit + ": " + e.getMessage());
        }
    }

    private static int run(Path directory, Path log, long minutes, String... command)
            throws IOException, InterruptedException {
        Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Process process = new ProcessBuilder(List.of(command)).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
