package dev.eager.workload.mutant;

import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Workloads;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Run by {@link MutationTest} in a JVM started with {@code -Deager.mutants}: prints the stride each
 * bypass chain took, and the depths at which bypass-once answered right in EAGER and ASYNC.
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
        System.out.println("stride bypass-once " + stride("bypassonce") + ", bypass-prologue " + stride("bypassprologue")
                + "; answers right at " + String.join(" ", right));
    }

    private static int stride(String pkg) throws ReflectiveOperationException {
        Field field = Class.forName("dev.eager.workload." + pkg + ".Chain").getDeclaredField("MUTANT_STRIDE");
        field.setAccessible(true);
        return field.getInt(null);
    }
}
