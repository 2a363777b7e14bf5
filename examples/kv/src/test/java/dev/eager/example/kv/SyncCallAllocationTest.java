package dev.eager.example.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * What a sync call allocates does not grow with the layers it crosses: the bytes the calling thread
 * allocates per {@code SyncKv.get}, through 1 and through 10 {@link CountingClient}s over the
 * in-process store (its replies allocate the same at any depth), after a warm-up. An allocation
 * check, not a timing: a layer that paid a future would add at least 24 B per call per layer.
 */
class SyncCallAllocationTest {
    private static final int WARM_UP = 50_000;
    private static final int CALLS = 20_000;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void aSyncCallAllocatesTheSameThroughOneLayerAndThroughTen() throws IOException {
        SyncKv one = layers(1);
        SyncKv ten = layers(10);
        for (int i = 0; i < WARM_UP; i++) {
            one.get("k");
            ten.get("k");
        }

        double perCallOne = bytesPerCall(one);
        double perCallTen = bytesPerCall(ten);

        System.out.printf("SyncKv.get allocates %.1f B per call through 1 layer, %.1f B through 10%n",
                perCallOne, perCallTen);
        assertTrue(perCallOne > 0, "the call allocates something (the request line): is the counter on?");
        assertEquals(perCallOne, perCallTen, 1.0, "bytes per call through 1 layer and through 10");
    }

    private static SyncKv layers(int depth) throws IOException {
        KvClient client = new RemoteClient(new InMemoryTransport(new Store()));
        for (int i = 0; i < depth; i++) {
            client = new CountingClient(client);
        }
        SyncKv kv = new SyncKv(client);
        kv.put("k", "value");
        return kv;
    }

    private static double bytesPerCall(SyncKv kv) throws IOException {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < CALLS; i++) {
            kv.get("k");
        }
        return (THREADS.getCurrentThreadAllocatedBytes() - before) / (double) CALLS;
    }
}
