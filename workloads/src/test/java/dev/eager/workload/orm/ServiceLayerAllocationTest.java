package dev.eager.workload.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.workload.Workloads;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Service layers whose twins link through the {@code UserService} interface allocate nothing per
 * layer: an eager lookup through eight of them allocates what one through none does. Counted, not
 * timed, on cache hits (no I/O, so the bytes are the stack's own). The JIT's escape analysis moves
 * the orm's own bytes while it compiles, so both stacks run in alternating rounds and each keeps
 * its fewest bytes per call. The {@code future} control, counted the same way, must show a stage per
 * layer, or this test could not tell.
 */
class ServiceLayerAllocationTest {
    private static final int ROUNDS = 30;
    private static final int CALLS = 500;
    /**
     * Bytes per call eight layers may add: less than one object (16 B) per layer. Not zero: the JIT's
     * escape analysis compiles the two stacks apart and once kept 48 B more of the orm's own objects
     * in duplicated's eight-layer stack (1176 vs 1224 B), no object of the layers.
     */
    private static final long SLACK = ServiceLayers.MAX * 16L - 1;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bypass-once", "bypass-prologue", "duplicated", "codegen", "continuations"})
    void eightServiceLayersAllocateNothingInEagerMode(String strategy) {
        long[] bytes = fewestBytesPerEagerCall(strategy);
        assertTrue(bytes[1] <= bytes[0] + SLACK,
                strategy + ": " + bytes[0] + " B/call with no service layer, " + bytes[1] + " with eight");
    }

    @Test
    void theNegativeControlAllocatesPerServiceLayer() {
        long[] bytes = fewestBytesPerEagerCall("future");
        assertTrue(bytes[1] > bytes[0] + SLACK,
                "future: " + bytes[0] + " B/call with no service layer, " + bytes[1] + " with eight");
    }

    /** The fewest bytes one eager lookup allocated, with 0 and with {@link ServiceLayers#MAX} layers. */
    private static long[] fewestBytesPerEagerCall(String strategy) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (OrmStack bare = Workloads.orm(strategy, "memory", 1, 0);
                OrmStack layered = Workloads.orm(strategy, "memory", 1, ServiceLayers.MAX)) {
            OrmStack[] stacks = {bare, layered};
            long[] fewest = {Long.MAX_VALUE, Long.MAX_VALUE};
            for (int round = 0; round < ROUNDS; round++) {
                for (int s = 0; s < stacks.length; s++) {
                    int found = 0;
                    long before = threads.getCurrentThreadAllocatedBytes();
                    for (int i = 0; i < CALLS; i++) {
                        found += stacks[s].eager(7).id();
                    }
                    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
                    assertEquals(7 * CALLS, found);
                    fewest[s] = Math.min(fewest[s], allocated / CALLS);
                }
            }
            return fewest;
        }
    }
}
