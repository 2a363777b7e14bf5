package dev.eager.harness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseBuildTest {
    /** A repository of one commit whose tree is a single file, not a Maven project. */
    private static String commitOneFile(Path repo) throws IOException, InterruptedException {
        Files.writeString(repo.resolve("marker.txt"), "base\n");
        git(repo, "init", "-q");
        git(repo, "add", "marker.txt");
        git(repo, "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "base");
        Path head = repo.resolve("head.txt");
        new ProcessBuilder("git", "rev-parse", "HEAD").directory(repo.toFile()).redirectOutput(head.toFile())
                .start().waitFor();
        return Files.readString(head).trim();
    }

    private static void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        assertEquals(0, new ProcessBuilder(command).directory(repo.toFile()).inheritIO().start().waitFor());
    }

    @Test
    void aRepositoryNamedByARelativePathStillHasItsBaseCommitExtracted(@TempDir Path dir) throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        String commit = commitOneFile(repo);
        // The gate's default --repo is "."; tar runs inside the extracted folder, so a relative path broke it.
        Path relative = Path.of("").toAbsolutePath().relativize(repo);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BaseBuild build = BaseBuild.of(relative, commit, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertNull(build.jar());
        // Extracted, then refused by Maven (this tree is no Maven project), not "could not extract".
        assertTrue(build.reason().contains("does not build"), build.reason());
        assertTrue(Files.isRegularFile(repo.resolve("target/gate-base").resolve(commit).resolve("src/marker.txt")));
    }
}
