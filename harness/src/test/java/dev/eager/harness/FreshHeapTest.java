package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.options.TimeValue;

/** {@link FreshHeap}: when it fills eden, that it stops at the first collection, and when in a fork it runs. */
class FreshHeapTest {
    private static final long MB = 1 << 20;

    @Test
    void aForkThatAllocatedButNeverCollectedFillsEdenUntilTheFirstCollection() {
        AtomicLong chunks = new AtomicLong();
        // The collector reports a collection once the fifth chunk has been made.
        long made = FreshHeap.fillUntilCollected(() -> chunks.get() >= 5 ? 1 : 0, 10 * MB, chunks::incrementAndGet, 1_000);
        assertEquals(5, made);
    }

    @Test
    void aForkThatHasCollectedAlreadyAllocatesNothing() {
        assertEquals(0, FreshHeap.fillUntilCollected(() -> 3, 100 * MB, () -> {
            throw new AssertionError("allocated");
        }, 1_000));
    }

    @Test
    void aForkWhoseCallsAllocateNothingIsLeftAlone() {
        assertEquals(0, FreshHeap.fillUntilCollected(() -> 0, 1_000, () -> {
            throw new AssertionError("allocated");
        }, 1_000));
    }

    @Test
    void aCollectorThatNeverReportsStopsAtTheBound() {
        AtomicLong chunks = new AtomicLong();
        assertEquals(7, FreshHeap.fillUntilCollected(() -> 0, 10 * MB, chunks::incrementAndGet, 7));
    }

    @Test
    void itActsOnlyAfterTheLastWarmupIterationAndLeavesACollectionOnRecord() {
        FreshHeap freshHeap = new FreshHeap();
        freshHeap.start();
        byte[][] allocated = new byte[64][];
        for (int i = 0; i < allocated.length; i++) {
            allocated[i] = new byte[64 * 1024];
        }
        IterationParams warmup = new IterationParams(IterationType.WARMUP, 3, TimeValue.milliseconds(200), 1);
        IterationParams measured = new IterationParams(IterationType.MEASUREMENT, 5, TimeValue.milliseconds(100), 1);
        assertEquals(0, freshHeap.afterIteration(warmup), "acted after the first of three warm-up iterations");
        assertEquals(0, freshHeap.afterIteration(warmup), "acted after the second of three warm-up iterations");
        freshHeap.afterIteration(warmup);
        long collections = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        assertTrue(collections > 0, "no collection on record after the last warm-up iteration (" + allocated.length + " chunks made)");
        assertEquals(0, freshHeap.afterIteration(measured), "acted after a measured iteration");
    }
}
