package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A chain of direct twins allocates nothing per layer: the bytes this thread allocates for an
 * eager call are the same at depth 1 and depth 100. Counted, not timed; twins allocate nothing
 * even interpreted, so the JIT does not have to be warm. The {@code future} control, counted the
 * same way, must show its per-layer futures, or this test could not tell.
 */
class BypassAllocationTest {
    private static final int CALLS = 2_000;
    /** Bytes per call a depth-100 chain may add over depth 1: far less than one object per layer. */
    private static final long SLACK = 8;

    static Arguments[] bypassInEachShape() {
        return Stream.of("bypass-once", "bypass-prologue")
                .flatMap(s -> Stream.of(Shape.values()).map(shape -> Arguments.of(s, shape)))
                .toArray(Arguments[]::new);
    }

    /** In shape CLASSES every crossing is an interface call: twins must link across it too. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bypassInEachShape")
    void aTwinChainAllocatesNothingPerLayer(String strategy, Shape shape) {
        assumeTrue(Workloads.shapes(strategy).contains(shape), strategy + " has no " + shape + " chain in this build");
        long shallow = bytesPerEagerCall(strategy, 1, shape);
        long deep = bytesPerEagerCall(strategy, 100, shape);
        assertTrue(deep <= shallow + SLACK, strategy + " " + shape + ": " + shallow + " B/call at depth 1, " + deep
                + " at depth 100");
    }

    @ParameterizedTest(name = "future {0}")
    @EnumSource(Shape.class)
    void theNegativeControlAllocatesPerLayer(Shape shape) {
        long shallow = bytesPerEagerCall("future", 1, shape);
        long deep = bytesPerEagerCall("future", 100, shape);
        assertTrue(deep >= shallow + 99 * 16, "future " + shape + ": " + shallow + " B/call at depth 1, " + deep
                + " at depth 100");
    }

    private static long bytesPerEagerCall(String strategy, int depth, Shape shape) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        IntStack stack = Workloads.chain(strategy, depth, Leaf.READY, shape);
        // An input whose answer is 0, inside Integer's cache: no box at the top differs between depths.
        int x = -Workloads.expectedChain(0, depth);
        int expected = Workloads.expectedChain(x, depth);
        for (int i = 0; i < CALLS; i++) {
            assertEquals(expected, stack.eagerAsInt(x));
        }
        long sum = 0;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < CALLS; i++) {
            sum += stack.eagerAsInt(x);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals((long) expected * CALLS, sum);
        return allocated / CALLS;
    }
}
