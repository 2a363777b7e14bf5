package dev.eager.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A run's provenance, {@code manifest.json}: which code (commit, dirty), which JVM and flags, which
 * machine, which profile and command, when; a gate or a bench run adds its own keys (rounds, seed,
 * baseline, ...) through {@link Builder#put}. Written by the harness through {@link #builder}, read
 * by everything else; the key names live here only.
 *
 * @param json the whole manifest, kept as written so the report can show every key
 */
public record Manifest(JsonNode json) {
    /** The run id, e.g. {@code 20261126-031500-quick}. */
    public String runId() {
        return text("runId");
    }

    /** The harness profile: quick, standard, full, smoke, gate. */
    public String profile() {
        return text("profile");
    }

    /** The commit the run measured. */
    public String commit() {
        return text("commit");
    }

    /** Whether the work tree differed from the commit. */
    public boolean dirty() {
        return json.path("dirty").asBoolean(true);
    }

    /** {@code vendor version} of the JDK that ran the benchmarks: allocation is exact only per JDK. */
    public String jdk() {
        JsonNode jdk = json.path("jdk");
        return (jdk.path("vendor").asText("?") + " " + jdk.path("version").asText("?")).trim();
    }

    /** The JDK's vendor as written, {@code ?} when absent. */
    public String jdkVendor() {
        return json.path("jdk").path("vendor").asText("?");
    }

    /** The JDK's version as written, e.g. {@code 25.0.3+9-LTS}. */
    public String jdkVersion() {
        return json.path("jdk").path("version").asText("?");
    }

    /** The CPU model and core count, the "machine kind" a baseline belongs to. */
    public String machine() {
        return text("cpuModel") + ", " + text("cores") + " cores";
    }

    /** A top-level key as text, {@code ?} when absent. */
    public String text(String key) {
        JsonNode node = json.path(key);
        return node.isMissingNode() || node.isNull() ? "?" : node.isValueNode() ? node.asText() : node.toString();
    }

    /** The manifest of the run in {@code folder}. */
    public static Manifest read(Path folder) {
        return new Manifest(JsonFiles.parse(folder.resolve(RunFolder.MANIFEST)));
    }

    /** Writes this manifest into {@code folder}. */
    public void write(Path folder) {
        JsonFiles.write(json, folder.resolve(RunFolder.MANIFEST));
    }

    /** A manifest of a run measured by this JVM: its JDK, machine and load, then what the harness adds. */
    public static Builder builder(String runId, String profile) {
        return new Builder(runId, profile);
    }

    /** The keys of a manifest in the order they are written; the JVM's and machine's filled in. */
    public static final class Builder {
        private final ObjectNode json = JsonFiles.JSON.createObjectNode();

        private Builder(String runId, String profile) {
            json.put("runId", runId);
            json.put("profile", profile);
        }

        /** The code measured. */
        public Builder git(GitState git) {
            json.put("commit", git.commit());
            json.put("dirty", git.dirty());
            return this;
        }

        /**
         * This JVM and machine: JDK vendor, version and home, the forks' JVM flags, cores, CPU
         * model, memory, OS and the JMH version.
         */
        public Builder machine(List<String> jvmArgs, String jmhVersion) {
            ObjectNode jdk = json.putObject("jdk");
            jdk.put("vendor", System.getProperty("java.vm.vendor"));
            jdk.put("version", System.getProperty("java.runtime.version"));
            jdk.put("home", System.getProperty("java.home"));
            json.putArray("jvmArgs").addAll(jvmArgs.stream().map(json::textNode).toList());
            json.put("cores", Runtime.getRuntime().availableProcessors());
            json.put("cpuModel", cpuModel());
            json.put("memoryBytes", ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                    .getOperatingSystemMXBean()).getTotalMemorySize());
            json.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                    + System.getProperty("os.arch"));
            json.put("jmhVersion", jmhVersion);
            return this;
        }

        /** The command, when it ran, and whether it measured everything it planned. */
        public Builder span(String command, Instant start, Instant end, boolean complete) {
            json.put("command", command);
            json.put("start", start.toString());
            json.put("end", end == null ? null : end.toString());
            json.put("complete", complete);
            // Not a key the report needs: how busy the shared machine was when the run ended.
            json.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return this;
        }

        /** A key of this kind of run (rounds, seed, baseline, ...): a string, number, boolean or list. */
        public Builder put(String key, Object value) {
            json.set(key, JsonFiles.JSON.valueToTree(value));
            return this;
        }

        /** The manifest. */
        public Manifest build() {
            return new Manifest(json.deepCopy());
        }
    }

    /** The CPU's model name, {@code unknown} where {@code /proc/cpuinfo} does not say. */
    public static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (Stream<String> lines = Files.lines(cpuinfo)) {
                return lines.filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .findFirst().orElse("unknown");
            } catch (IOException | RuntimeException e) {
                return "unknown";
            }
        }
        return "unknown";
    }

    /** The commit the run measured and whether the work tree differed from it outside {@code results/}. */
    public record GitState(String commit, boolean dirty) {
        /** What {@code git} says about {@code repo}; commit {@code unknown} and dirty when it cannot. */
        public static GitState of(Path repo) {
            String head = git(repo, "rev-parse", "HEAD");
            // Neither untracked files nor results/ change the code measured: a gate-check writes its rows
            // and runs under results/ in the clone it measures, round after round.
            String status = git(repo, "status", "--porcelain", "--untracked-files=no", "--", ":(top)", ":(top,exclude)results");
            if (head == null || status == null) {
                return new GitState("unknown", true);
            }
            return new GitState(head.trim(), !status.isBlank());
        }

        private static String git(Path repo, String... args) {
            List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
            command.addAll(List.of(args));
            try {
                Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    return null;
                }
                return out;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}
