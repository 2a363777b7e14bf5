package dev.eager.workload.continuations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.workload.IntStack;
import dev.eager.workload.Leaf;
import dev.eager.workload.Workloads;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the colourless chain costs a sync caller: nothing allocated for the wait. Counted in bytes
 * this thread allocated (exact per thread), never timed.
 */
class ColourlessChainTest {
    private static final int CALLS = 20_000;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"continuations", "continuations-vt"})
    void aSyncCallWithAReadyLeafAllocatesNothing(String strategy) {
        IntStack stack = Workloads.chain(strategy, 100, Leaf.READY);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int sum = 0;
        for (int i = 0; i < CALLS; i++) {
            sum += stack.syncAsInt(i & 63);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < CALLS; i++) {
            sum += stack.syncAsInt(i & 63);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(sum != 0);
        // One box or future per call would be at least 16 bytes x CALLS; allow a little for the counter itself.
        assertTrue(allocated < CALLS, allocated + " bytes allocated by " + CALLS + " sync calls");
        assertEquals(Workloads.expectedChain(5, 100), stack.syncAsInt(5));
    }
}
