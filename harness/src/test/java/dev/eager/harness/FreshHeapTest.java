package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link FreshHeap}: when it fills eden, and that it stops at the first collection. */
class FreshHeapTest {
    private static final long MB = 1 << 20;

    @Test
    void aForkThatAllocatedButNeverCollectedFillsEdenUntilTheFirstCollection() {
        AtomicLong chunks = new AtomicLong();
        // The collector reports a collection once the fifth chunk has been made.
        long made = FreshHeap.fillUntilCollected(() -> chunks.get() >= 5 ? 1 : 0, () -> 10 * MB, 2 * MB,
                chunks::incrementAndGet, 1_000);
        assertEquals(5, made);
    }

    @Test
    void aForkThatHasCollectedAlreadyAllocatesNothing() {
        assertEquals(0, FreshHeap.fillUntilCollected(() -> 3, () -> 100 * MB, 0, () -> {
            throw new AssertionError("allocated");
        }, 1_000));
    }

    @Test
    void aForkWhoseCallsAllocateNothingIsLeftAlone() {
        assertEquals(0, FreshHeap.fillUntilCollected(() -> 0, () -> 5 * MB + 1_000, 5 * MB, () -> {
            throw new AssertionError("allocated");
        }, 1_000));
    }

    @Test
    void aCollectorThatNeverReportsStopsAtTheBound() {
        AtomicLong chunks = new AtomicLong();
        assertEquals(7, FreshHeap.fillUntilCollected(() -> 0, () -> 10 * MB, 0, chunks::incrementAndGet, 7));
    }

    @Test
    void inThisJvmItEndsWithACollectionOnRecordOrNothingToDo() {
        long start = FreshHeap.edenUsed();
        byte[][] allocated = new byte[64][];
        for (int i = 0; i < allocated.length; i++) {
            allocated[i] = new byte[64 * 1024];
        }
        FreshHeap.collectYoungOnce(start);
        long collections = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
        assertTrue(collections > 0, "no collection on record after collectYoungOnce (allocated " + allocated.length + " chunks)");
    }
}
