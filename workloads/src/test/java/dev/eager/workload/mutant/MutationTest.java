package dev.eager.workload.mutant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Workloads;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The gate's mutants: present in bypass-once only under {@code -Deager.mutants}, never changing an
 * answer, and slowing each chosen layer by one extra nested layer.
 */
class MutationTest {
    @Test
    void withoutThePropertyBypassOnceIsThePlainChain() {
        // Surefire does not set eager.mutants: every normal run measures the real strategy.
        assertEquals(Mutation.NONE, Mutation.current());
        assertEquals("dev.eager.workload.bypassonce.Chain", chainClassOf("bypass-once"));
    }

    @Test
    void theMeasuredChainsCarryNoMutantHook() throws IOException {
        for (String chain : List.of("dev/eager/workload/bypassonce/Chain", "dev/eager/workload/bypassprologue/Chain")) {
            byte[] bytes;
            try (InputStream in = MutationTest.class.getClassLoader().getResourceAsStream(chain + ".class")) {
                bytes = in.readAllBytes();
            }
            for (PoolEntry entry : ClassFile.of().parse(bytes).constantPool()) {
                assertFalse(entry instanceof Utf8Entry text && text.stringValue().contains("dev/eager/workload/mutant"),
                        chain + " refers to " + entry);
            }
        }
    }

    @Test
    void namesTheMutationsOnTheCommandLine() {
        assertEquals("every-fifth-layer", Mutation.EVERY_FIFTH_LAYER.id());
        assertEquals(5, Mutation.EVERY_FIFTH_LAYER.stride());
        assertEquals(1, Mutation.EVERY_LAYER.stride());
        assertEquals(0, Mutation.NONE.stride());
        withProperty("every-other-layer", () -> assertThrows(IllegalArgumentException.class, Mutation::current));
    }

    @Test
    void theMutationSlowsEveryStridethLayerAndNoneWithoutAStride() {
        assertTrue(Mutation.slows(1, 3));
        assertTrue(Mutation.slows(5, 10));
        assertFalse(Mutation.slows(5, 4));
        assertFalse(Mutation.slows(5, 1));
        assertFalse(Mutation.slows(0, 10));
    }

    /**
     * In a JVM started with each mutation, the name bypass-once gives the mutant chain with that
     * mutation's stride (bypass-prologue stays plain), an eager call of depth 10 goes through one
     * extra layer per stride (10 or 2 on the leaf's stack), and it still answers right in EAGER and
     * ASYNC at every depth, generated layers and the recursive one.
     */
    @ParameterizedTest
    @ValueSource(strings = {"every-layer", "every-fifth-layer"})
    void aMutatedBypassOnceStillComputesTheChainsAnswer(String mutation) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-D" + Mutation.PROPERTY + "=" + mutation,
                "-cp", System.getProperty("java.class.path"), MutantProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        int stride = mutation.equals("every-layer") ? 1 : 5;
        assertEquals("bypass-once runs dev.eager.workload.mutant.MutantChain (stride " + stride + "), bypass-prologue runs "
                + "dev.eager.workload.bypassprologue.Chain; extra layers at depth 10: " + 10 / stride
                + "; answers right at 1 4 5 10 99 100 101 250", output);
        assertEquals(0, process.exitValue());
    }

    /** The class whose layers an eager call of {@code strategy}'s chain runs: read off the leaf's exception. */
    static String chainClassOf(String strategy) {
        for (StackTraceElement frame : leafStack(strategy, 3)) {
            if (frame.getMethodName().startsWith("layer")) {
                return frame.getClassName();
            }
        }
        throw new AssertionError("no layer on the leaf's stack");
    }

    /** The stack under which the leaf of an eager call of {@code strategy}'s chain of {@code depth} layers ran. */
    static StackTraceElement[] leafStack(String strategy, int depth) {
        RuntimeException failure = new RuntimeException("which chain");
        IntStack stack = Workloads.chain(strategy, depth, Leaf.failing(failure));
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> stack.eagerAsInt(1));
        assertSame(failure, thrown);
        return thrown.getStackTrace();
    }

    private static void withProperty(String value, Runnable check) {
        String old = System.getProperty(Mutation.PROPERTY);
        try {
            System.setProperty(Mutation.PROPERTY, value);
            check.run();
        } finally {
            if (old == null) {
                System.clearProperty(Mutation.PROPERTY);
            } else {
                System.setProperty(Mutation.PROPERTY, old);
            }
        }
    }
}
