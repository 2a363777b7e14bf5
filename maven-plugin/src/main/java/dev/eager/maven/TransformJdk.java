package dev.eager.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code java} that runs the transform: the transform is built on {@code java.lang.classfile},
 * so it needs JDK 25 or newer, while Maven itself may run on an older one (the build's toolchain
 * picks the newer one).
 */
final class TransformJdk {
    static final int REQUIRED = 25;

    private TransformJdk() {
    }

    /**
     * Checks the JDK of {@code java} ({@code <home>/bin/java}) by its {@code <home>/release} file.
     * A JDK without that file is let through: the forked JVM then says it cannot load the
     * transform, and {@link BuildStepProcess} turns that into the same message.
     *
     * @throws TwinsFailure when that JDK is older than {@value #REQUIRED}
     */
    static void check(Path java) throws TwinsFailure {
        Path release = java.toAbsolutePath().getParent().getParent().resolve("release");
        String version = versionIn(release);
        if (version != null && major(version) < REQUIRED) {
            throw tooOld(version + " (" + release.getParent() + ")");
        }
    }

    /** The one line for a JDK older than {@value #REQUIRED}: what was found and the two ways out. */
    static TwinsFailure tooOld(String found) {
        return new TwinsFailure("the bypass transform needs JDK " + REQUIRED + " or newer and this build's JDK is "
                + found + ": select a JDK " + REQUIRED + " toolchain (maven-toolchains-plugin, goal"
                + " select-jdk-toolchain, <version>[" + REQUIRED + ",)</version>) or run Maven on JDK " + REQUIRED);
    }

    private static String versionIn(Path release) {
        if (!Files.isRegularFile(release)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(release, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return line.substring("JAVA_VERSION=".length()).replace("\"", "").trim();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static int major(String version) {
        String first = version.split("[.+-]")[0];
        try {
            int major = Integer.parseInt(first);
            // "1.8.0_402": the old scheme's major is the second number.
            return major == 1 && version.startsWith("1.") ? Integer.parseInt(version.split("[._]")[1]) : major;
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
