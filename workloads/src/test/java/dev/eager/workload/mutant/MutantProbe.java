package dev.eager.workload.mutant;

import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Workloads;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Run by {@link MutationTest} in a JVM started with {@code -Deager.mutants}: prints which chain the
 * name {@code bypass-once} gave and its stride, how many extra layers an eager call of depth 10
 * went through, and the depths at which it answered right in EAGER and ASYNC.
 */
public final class MutantProbe {
    private MutantProbe() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        List<String> right = new ArrayList<>();
        for (int depth : new int[] {1, 4, 5, 10, 99, 100, 101, 250}) {
            IntStack stack = Workloads.chain("bypass-once", depth, Leaf.READY);
            int expected = Workloads.expectedChain(7, depth);
            if (stack.eagerAsInt(7) == expected && stack.async(7).toCompletableFuture().join() == expected) {
                right.add(String.valueOf(depth));
            }
        }
        Field stride = MutantChain.class.getDeclaredField("STRIDE");
        stride.setAccessible(true);
        long extraLayers = Arrays.stream(MutationTest.leafStack("bypass-once", 10))
                .filter(frame -> frame.getMethodName().contains("Extra")).count();
        System.out.println("bypass-once runs " + MutationTest.chainClassOf("bypass-once") + " (stride " + stride.getInt(null)
                + "), bypass-prologue runs " + MutationTest.chainClassOf("bypass-prologue")
                + "; extra layers at depth 10: " + extraLayers + "; answers right at " + String.join(" ", right));
    }
}
