package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.eager.report.Manifest;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.util.Version;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    private static final List<String> KEYS = List.of("runId", "profile", "commit", "dirty", "jdk", "jvmArgs",
            "cores", "cpuModel", "memoryBytes", "os", "jmhVersion", "command", "start", "end");

    @TempDir
    Path dir;

    @Test
    void theManifestTheHarnessWritesHasEveryKeyTheReportReads() throws Exception {
        Instant start = Instant.parse("2026-01-02T03:04:05Z");
        Manifest.builder("20260102-030405-quick", Profile.QUICK.id())
                .git(new Manifest.GitState("abc123", true))
                .machine(ForkFlags.everyFork(), Version.getPlainVersion())
                .span("scripts/bench --profile quick", start, start.plusSeconds(60), true)
                .put("seed", 42)
                .build().write(dir);

        Manifest read = Manifest.read(dir);
        JsonNode json = read.json();
        assertEquals("abc123", read.commit());
        assertTrue(read.dirty());
        assertEquals(System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"), read.jdk());
        assertEquals("42", read.text("seed"));
        for (String key : KEYS) {
            assertTrue(json.has(key), "missing " + key + " in " + json);
        }
        assertEquals("20260102-030405-quick", json.get("runId").asText());
        assertEquals("quick", json.get("profile").asText());
        assertEquals("abc123", json.get("commit").asText());
        assertTrue(json.get("dirty").isBoolean() && json.get("dirty").asBoolean());
        assertEquals(System.getProperty("java.home"), json.get("jdk").get("home").asText());
        assertTrue(json.get("jdk").get("version").asText().startsWith(String.valueOf(Runtime.version().feature())));
        assertTrue(json.get("jdk").has("vendor"));
        assertTrue(json.get("jvmArgs").isArray());
        assertTrue(json.get("jvmArgs").toString().contains("jdk.internal.vm=ALL-UNNAMED"));
        assertEquals(Runtime.getRuntime().availableProcessors(), json.get("cores").asInt());
        assertTrue(json.get("memoryBytes").asLong() > 0);
        assertEquals("1.37", json.get("jmhVersion").asText());
        assertEquals("2026-01-02T03:04:05Z", json.get("start").asText());
        assertEquals("2026-01-02T03:05:05Z", json.get("end").asText());
        assertEquals(Instant.parse(json.get("end").asText()), start.plusSeconds(60));
        assertTrue(json.get("complete").asBoolean());
        assertTrue(json.has("loadAverageAtEnd"));
    }

    @Test
    void gitStateSeesTheCommitAndWhetherTheTreeIsDirty() throws Exception {
        git("init", "-q");
        Files.writeString(dir.resolve("a.txt"), "a");
        git("add", "a.txt");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "a");
        String head = new String(new ProcessBuilder("git", "-C", dir.toString(), "rev-parse", "HEAD").start()
                .getInputStream().readAllBytes()).trim();

        Manifest.GitState clean = Manifest.GitState.of(dir);
        assertEquals(head, clean.commit());
        assertFalse(clean.dirty());

        Files.writeString(dir.resolve("a.txt"), "changed");
        assertTrue(Manifest.GitState.of(dir).dirty());
    }

    @Test
    void resultsWrittenUnderResultsDoNotMakeTheTreeDirty() throws Exception {
        git("init", "-q");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.createDirectories(dir.resolve("results"));
        Files.writeString(dir.resolve("results/rounds.tsv"), "row 1\n");
        git("add", "a.txt", "results/rounds.tsv");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "a");

        Files.writeString(dir.resolve("results/rounds.tsv"), "row 1\nrow 2\n");
        assertFalse(Manifest.GitState.of(dir).dirty());

        Files.writeString(dir.resolve("a.txt"), "changed");
        assertTrue(Manifest.GitState.of(dir).dirty());
        assertTrue(Manifest.GitState.of(dir.resolve("results")).dirty(), "a change anywhere in the tree, seen from a subfolder");
    }

    @Test
    void outsideAGitRepositoryTheCommitIsUnknownAndCountsAsDirty() {
        Manifest.GitState state = Manifest.GitState.of(dir.resolve("no-such-folder"));
        assertEquals("unknown", state.commit());
        assertTrue(state.dirty());
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", command));
    }
}
