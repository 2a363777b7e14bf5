package dev.eager.harness.gate;

import dev.eager.harness.ForkFlags;
import dev.eager.harness.Profile;
import dev.eager.report.BadInput;
import dev.eager.report.JmhJson;
import dev.eager.report.JmhResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs one fork of one parameter set from a benchmarks jar, as its own {@code java -cp JAR
 * org.openjdk.jmh.Main} process: the candidate's jar and the base commit's are driven the same way,
 * so neither side gets a host JVM the other does not. JMH's command line ignores a {@code -p} the
 * jar's benchmark does not declare, so an older base jar runs the same sets.
 *
 * @param java     the {@code java} launcher of the JDK both sides run on
 * @param jar      the shaded benchmarks jar
 * @param extraJvm flags for this side's forks only, after the base flags (a mutant's system property)
 * @param log      where JMH's output goes, appended
 */
record ForkRunner(Path java, Path jar, List<String> extraJvm, Path log) {
    /** A fork that has not finished in this time is stuck (a quick fork takes a few seconds). */
    private static final long TIMEOUT_SECONDS = 300;

    /**
     * The fork's JMH result, read by the run-folder format (an older base jar's JMH writes the same
     * JSON), or an exception saying why there is none.
     */
    JmhResult run(ForkSet set, Profile profile, Path resultFile) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Djmh.ignoreLock=true", ForkFlags.EXPORTS,
                ForkFlags.UNSAFE, "-cp", jar.toString(), "org.openjdk.jmh.Main",
                "^" + Pattern.quote(set.benchmark()) + "$"));
        set.params().forEach((name, value) -> command.addAll(List.of("-p", name + "=" + value)));
        List<String> jvm = new ArrayList<>(ForkFlags.BASE);
        jvm.addAll(extraJvm);
        // -jvmArgs replaces only the class's @Fork(jvmArgs); its jvmArgsAppend (dontinline) stays.
        command.addAll(List.of("-f", "1", "-wi", String.valueOf(profile.warmupIterations()),
                "-w", profile.warmupMillis() + "ms", "-i", String.valueOf(profile.measurementIterations()),
                "-r", profile.measurementMillis() + "ms", "-prof", "gc", "-foe", "true", "-rf", "json",
                "-rff", resultFile.toString(), "-jvmArgs", String.join(" ", jvm)));
        Files.deleteIfExists(resultFile);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IOException("the fork did not finish in " + TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(resultFile) || Files.size(resultFile) == 0) {
            throw new IOException("JMH exited " + process.exitValue() + " without a result (see " + log + ")");
        }
        List<JmhResult> results;
        try {
            results = JmhJson.read(resultFile);
        } catch (BadInput e) {
            throw new IOException(e.getMessage());
        }
        if (results.size() != 1) {
            throw new IOException(resultFile + ": expected one result, found " + results.size());
        }
        return results.getFirst();
    }
}
