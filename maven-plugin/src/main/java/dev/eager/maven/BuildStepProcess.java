package dev.eager.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs {@code dev.eager.strategy.bypass.BuildStep} over a classes folder in a JVM of its own:
 * {@code java -cp <module class path> dev.eager.strategy.bypass.BuildStep <classes>}, the very
 * command the transform documents, so the goal and the command give the same bytes.
 */
final class BuildStepProcess {
    static final String BUILD_STEP = "dev.eager.strategy.bypass.BuildStep";
    /** BuildStep's exit code for a class it cannot rewrite; its standard error then holds the one line. */
    private static final int BAD_INPUT = 2;
    private static final String PREFIX = "bypass: ";

    private BuildStepProcess() {
    }

    /**
     * Rewrites {@code classes} in place; hands BuildStep's report lines to {@code info}.
     *
     * @throws TwinsFailure with BuildStep's one line (class, method, reason) when it cannot rewrite
     *     a class, or why its JVM did not run
     */
    static void run(Path java, List<Path> classPath, Path classes, Consumer<String> info)
            throws TwinsFailure, IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-cp");
        command.add(join(classPath));
        command.add(BUILD_STEP);
        command.add(classes.toString());
        Path out = Files.createTempFile("eager-twins", ".out");
        Path err = Files.createTempFile("eager-twins", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            int exit = process.waitFor();
            Charset charset = Charset.defaultCharset();
            for (String line : Files.readAllLines(out, charset)) {
                info.accept(line.startsWith(PREFIX) ? line.substring(PREFIX.length()) : line);
            }
            List<String> errors = Files.readAllLines(err, charset);
            if (exit == 0) {
                return;
            }
            String first = errors.isEmpty() ? "(nothing on standard error)" : errors.get(0);
            if (first.contains("UnsupportedClassVersionError")) {
                throw TransformJdk.tooOld("older than " + TransformJdk.REQUIRED + " (" + java + ")");
            }
            if (exit == BAD_INPUT && first.startsWith(PREFIX)) {
                throw new TwinsFailure(first.substring(PREFIX.length()));
            }
            throw new TwinsFailure("the transform's JVM (" + java + ") exited with " + exit + ": " + first);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String join(List<Path> classPath) {
        StringBuilder joined = new StringBuilder();
        for (Path element : classPath) {
            if (joined.length() > 0) {
                joined.append(File.pathSeparatorChar);
            }
            joined.append(element);
        }
        return joined.toString();
    }
}
