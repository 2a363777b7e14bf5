package dev.eager.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.util.Version;

/**
 * A run's provenance, written as {@code manifest.json} beside {@code jmh-result.json}: which code
 * (commit, dirty), which JVM and flags, which machine, which profile and command, when. The report
 * reads these keys by name: keep them.
 */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {
    }

    /** The manifest's keys and values, in the order they are written. */
    public static Map<String, Object> describe(String runId, Profile profile, GitState git, List<String> jvmArgs,
            String command, Instant start, Instant end, boolean complete) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", runId);
        m.put("profile", profile.id());
        m.put("commit", git.commit());
        m.put("dirty", git.dirty());
        Map<String, Object> jdk = new LinkedHashMap<>();
        jdk.put("vendor", System.getProperty("java.vm.vendor"));
        jdk.put("version", System.getProperty("java.runtime.version"));
        jdk.put("home", System.getProperty("java.home"));
        m.put("jdk", jdk);
        m.put("jvmArgs", List.copyOf(jvmArgs));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpuModel", cpuModel());
        m.put("memoryBytes", memoryBytes());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("jmhVersion", Version.getPlainVersion());
        m.put("command", command);
        m.put("start", start.toString());
        m.put("end", end == null ? null : end.toString());
        m.put("complete", complete);
        // Not a key the report needs: how busy the shared machine was when the run ended.
        m.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return m;
    }

    /** Writes {@code manifest} as indented JSON to {@code file}. */
    public static void write(Map<String, Object> manifest, Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(manifest) + "\n", StandardCharsets.UTF_8);
    }

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

    static long memoryBytes() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }

    /** The commit the run measured and whether the work tree differed from it. */
    public record GitState(String commit, boolean dirty) {
        /** What {@code git} says about {@code repo}; commit {@code unknown} and dirty when it cannot. */
        public static GitState of(Path repo) {
            String head = git(repo, "rev-parse", "HEAD");
            // Untracked files (results a gate-check adds under results/) do not change the code measured.
            String status = git(repo, "status", "--porcelain", "--untracked-files=no");
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
