package dev.eager.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each carrier keeps the flag to the dynamic extent of the call, on the calling thread only. */
class CarrierTest {
    @ParameterizedTest
    @EnumSource(Carrier.class)
    void flagIsSetInsideTheCallAndOffAfterIt(Carrier carrier) {
        assertFalse(carrier.isSet());
        assertTrue(carrier.callWithFlag(carrier::isSet));
        assertFalse(carrier.isSet());
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void flagIsOffAfterTheCallThrowsAndTheExceptionIsTheSameObject(Carrier carrier) {
        IOException failure = new IOException("boom");
        IOException thrown = assertThrows(IOException.class, () -> carrier.callWithFlag(() -> {
            throw failure;
        }));
        assertSame(failure, thrown);
        assertFalse(carrier.isSet());
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void theArgumentFormPassesItsArgumentWithTheFlagSetAndRestoresItAfterAThrow(Carrier carrier) {
        assertEquals("7 true", carrier.callWithFlag(x -> x + " " + carrier.isSet(), 7));
        assertFalse(carrier.isSet());
        IOException failure = new IOException("boom");
        Carrier.BodyOf<IOException, Object, IOException> thrower = e -> {
            throw e;
        };
        assertSame(failure, assertThrows(IOException.class, () -> carrier.callWithFlag(thrower, failure)));
        assertFalse(carrier.isSet());
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void nestedCallLeavesTheOuterFlagOn(Carrier carrier) {
        boolean outerAfterInner = carrier.callWithFlag(() -> {
            carrier.callWithFlag(() -> null);
            return carrier.isSet();
        });
        assertTrue(outerAfterInner);
        assertFalse(carrier.isSet());
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void anotherThreadStartedInsideTheCallDoesNotSeeTheFlag(Carrier carrier) throws Exception {
        AtomicBoolean seen = new AtomicBoolean(true);
        carrier.callWithFlag(() -> {
            Thread thread = Thread.ofPlatform().start(() -> seen.set(carrier.isSet()));
            thread.join();
            return null;
        });
        assertFalse(seen.get());
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void eachCarrierIsSelectedByItsPropertyValue(Carrier carrier) {
        assertEquals(carrier, Carrier.fromProperty(carrier.propertyValue()));
    }

    @org.junit.jupiter.api.Test
    void theThreadCellIsTheDefaultAndUnknownValuesAreRejected() {
        assertEquals(Carrier.THREAD_CELL, Carrier.fromProperty(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Carrier.fromProperty("tls"));
        assertTrue(e.getMessage().contains("-Deager.carrier=tls"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void theThreadCellAllocatesNothingPerEntry() {
        Carrier.Body<Boolean, RuntimeException> body = Carrier.THREAD_CELL::isSet;
        assertNothingAllocatedPerEntry(() -> Carrier.THREAD_CELL.callWithFlag(body));
    }

    /**
     * The argument form carries its argument without an object per entry, even where the JIT could
     * not remove a capturing lambda: the body and its argument are made once, outside the loop.
     */
    @org.junit.jupiter.api.Test
    void theThreadCellsArgumentFormAllocatesNothingPerEntry() {
        Carrier.BodyOf<Object, Boolean, RuntimeException> body = argument -> argument != null && Carrier.THREAD_CELL.isSet();
        Object argument = new Object();
        assertNothingAllocatedPerEntry(() -> Carrier.THREAD_CELL.callWithFlag(body, argument));
    }

    /** {@code entry} (which must answer true: the flag was set) warmed up, then counted over 10,000 calls. */
    private static void assertNothingAllocatedPerEntry(BooleanSupplier entry) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 1_000; i++) {
            assertTrue(entry.getAsBoolean());
        }
        int entries = 10_000;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < entries; i++) {
            entry.getAsBoolean();
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < entries, allocated + " B for " + entries + " entries: it allocates per entry");
    }

    @ParameterizedTest
    @EnumSource(Carrier.class)
    void aVirtualThreadStartedInsideTheCallDoesNotSeeTheFlag(Carrier carrier) throws Exception {
        AtomicBoolean seen = new AtomicBoolean(true);
        carrier.callWithFlag(() -> {
            Thread.ofVirtual().start(() -> seen.set(carrier.isSet())).join();
            return null;
        });
        assertFalse(seen.get());
    }

    @org.junit.jupiter.api.Test
    void eagerUsesTheConfiguredCarrier() {
        assertEquals(Carrier.fromProperty(System.getProperty(Carrier.PROPERTY)), Eager.carrier());
        assertTrue(Eager.run(() -> CompletableFuture.completedFuture(Eager.carrier().isSet())));
    }
}
