package dev.eager.workload.mutant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The gate's mutants: present in bypass-once only under {@code -Deager.mutants}, never changing an
 * answer, and slowing each chosen layer by a call the JIT cannot inline.
 */
class MutationTest {
    /** C2's limit for inlining a hot method (FreqInlineSize), in bytes of bytecode. */
    private static final int FREQ_INLINE_SIZE = 325;

    @Test
    void noPropertyMeansNoMutation() {
        // Surefire does not set eager.mutants: every normal run measures the real strategy.
        assertEquals(Mutation.NONE, Mutation.current());
        assertEquals(0, Mutation.strideFor(dev.eager.workload.bypassonce.ChainWorkload.class));
    }

    @Test
    void onlyBypassOnceIsMutated() {
        withProperty("every-fifth-layer", () -> {
            assertEquals(5, Mutation.strideFor(dev.eager.workload.bypassonce.ChainWorkload.class));
            assertEquals(0, Mutation.strideFor(dev.eager.workload.bypassprologue.ChainWorkload.class));
        });
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
    void theDetourReturnsItsArgumentAndIsTooBigToInline() throws IOException {
        for (int v = -150; v <= 150; v++) {
            assertEquals(v, Detour.of(v));
            assertEquals(v, Mutation.apply(1, 3, v));
            assertEquals(v, Mutation.apply(5, 10, v));
        }
        byte[] bytes;
        try (InputStream in = Detour.class.getResourceAsStream("Detour.class")) {
            bytes = in.readAllBytes();
        }
        MethodModel of = ClassFile.of().parse(bytes).methods().stream()
                .filter(m -> m.methodName().equalsString("of")).findFirst().orElseThrow();
        int size = of.findAttribute(java.lang.classfile.Attributes.code()).map(CodeAttribute::codeLength).orElseThrow();
        assertTrue(size > FREQ_INLINE_SIZE, "Detour.of has " + size + " bytes of bytecode: C2 could inline it");
    }

    /**
     * In a JVM started with each mutation, bypass-once is mutated (its chain's stride) and still
     * answers right in EAGER and ASYNC at every depth, generated layers and the recursive one.
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
        assertEquals("stride bypass-once " + stride + ", bypass-prologue 0; answers right at 1 4 5 10 99 100 101 250",
                output);
        assertEquals(0, process.exitValue());
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
