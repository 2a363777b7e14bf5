package dev.eager.strategy.bypass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Runs a main class in a fresh JVM under {@link Agent}. The strategies jar is built after these
 * tests run: a jar holding only the same manifest entry stands in for it (the agent class itself
 * comes from the class path).
 */
final class UnderTheAgent {
    private UnderTheAgent() {
    }

    /** What {@code main} printed (stripped), after checking it exited 0 within a minute. */
    static String run(Path folder, Class<?> main, String... args) throws IOException, InterruptedException {
        Path agent = folder.resolve("agent.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", Agent.class.getName());
        new JarOutputStream(Files.newOutputStream(agent), manifest).close();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-javaagent:" + agent,
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), main.getName() + " did not end: " + output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
