package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.core.Mode;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated sync chain allocates nothing per layer, called directly or from the eager entry,
 * in both shapes:
 * the generator turns {@code CompletableFuture<Integer>} into {@code int}, so no layer boxes its
 * value (a twin returning {@code Integer} would box every value outside Integer's cache, which the
 * input here guarantees). Counted per thread, not timed.
 */
class CodegenAllocationTest {
    private static final int CALLS = 2_000;
    /** Bytes per call a depth-100 chain may add over depth 1: far less than one object per layer. */
    private static final long SLACK = 8;

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"SYNC, METHODS", "EAGER, METHODS", "SYNC, CLASSES", "EAGER, CLASSES"})
    void theGeneratedChainAllocatesNothingPerLayer(Mode mode, Shape shape) {
        long shallow = bytesPerCall(mode, shape, 1);
        long deep = bytesPerCall(mode, shape, 100);
        assertTrue(deep <= shallow + SLACK, mode + " " + shape + ": " + shallow + " B/call at depth 1, " + deep
                + " at depth 100");
    }

    private static long bytesPerCall(Mode mode, Shape shape, int depth) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        IntStack stack = Workloads.chain("codegen", depth, Leaf.READY, shape);
        // The answer is 0 (no box at the top differs between depths); the layers below pass values
        // down to -300, outside Integer's cache, so a boxing layer would show.
        int x = -Workloads.expectedChain(0, depth);
        int expected = Workloads.expectedChain(x, depth);
        for (int i = 0; i < CALLS; i++) {
            assertEquals(expected, call(stack, mode, x));
        }
        long sum = 0;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < CALLS; i++) {
            sum += call(stack, mode, x);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals((long) expected * CALLS, sum);
        return allocated / CALLS;
    }

    private static int call(IntStack stack, Mode mode, int x) {
        return mode == Mode.SYNC ? stack.syncAsInt(x) : stack.eagerAsInt(x);
    }
}
