package dev.eager.harness;

import java.util.List;
import java.util.stream.Stream;

/**
 * The JVM flags every benchmark fork gets, in one place. The annotations repeat them as constants
 * (annotation values must be compile-time constants) so that a plain {@code java -jar
 * benchmarks.jar} run forks the same JVMs as {@link Bench}.
 */
public final class ForkFlags {
    /** The continuations strategies drive {@code jdk.internal.vm.Continuation}. */
    public static final String EXPORTS = "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED";
    /** JMH 1.37 uses {@code sun.misc.Unsafe}; JDK 25 warns about it unless allowed. */
    public static final String UNSAFE = "--sun-misc-unsafe-memory-access=allow";
    /** Keeps every layer method of every strategy's workload out of inlining ({@code opaque}). */
    public static final String DONT_INLINE_LAYERS = "-XX:CompileCommand=dontinline,dev.eager.workload.*::layer*";
    /** Silences the CompileCommand banner in every fork's output. */
    public static final String QUIET = "-XX:CompileCommand=quiet";

    /**
     * The forks' base flags, set by {@link Bench} so that the forks do not inherit whatever flags
     * the launcher's own JVM got; each class's {@code @Fork(jvmArgsAppend)} comes after these. A
     * fixed heap keeps GC sizing out of the comparison.
     */
    public static final List<String> BASE = List.of("-Xms1g", "-Xmx1g");

    /** What every fork of every benchmark class gets: the base, then the common appended flags. */
    public static List<String> everyFork() {
        return Stream.concat(BASE.stream(), Stream.of(EXPORTS, UNSAFE)).toList();
    }

    private ForkFlags() {
    }
}
