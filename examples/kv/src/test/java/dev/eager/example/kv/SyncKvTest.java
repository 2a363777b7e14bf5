package dev.eager.example.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.core.Eager;
import java.io.IOException;
import java.net.SocketException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sync facade against the async API it is made from, over a real loopback connection and over
 * the in-process store: the same answers, and the library's own exceptions as they were thrown.
 * The same tests run on the classes rewritten at build time (module kv) and under the agent
 * (module kv-agent).
 */
class SyncKvTest {
    private KvServer server;
    private SocketTransport socket;

    @BeforeEach
    void startServer() throws IOException {
        server = new KvServer();
        socket = SocketTransport.connect(server.address());
    }

    @AfterEach
    void stopServer() throws IOException {
        socket.close();
        server.close();
    }

    @Test
    void theSyncFacadeAnswersAsTheAsyncApiDoesOverALoopbackConnection() throws Exception {
        sameAnswers(new RemoteClient(socket));
    }

    @Test
    void theSyncFacadeAnswersAsTheAsyncApiDoesOverTheInMemoryStore() throws Exception {
        sameAnswers(new RemoteClient(new InMemoryTransport(new Store())));
    }

    @Test
    void theSyncFacadeAnswersThroughTenDecoratorsAndEachCountsEveryCall() throws Exception {
        CountingClient[] layers = new CountingClient[10];
        KvClient client = new RemoteClient(socket);
        for (int i = 0; i < layers.length; i++) {
            client = layers[i] = new CountingClient(client);
        }
        sameAnswers(client);
        for (CountingClient layer : layers) {
            assertEquals(12, layer.calls(), "six sync calls and six async ones");
        }
    }

    @Test
    void aMissingKeyIsTheLibrarysOwnExceptionWithTheLayersInItsTrace() {
        SyncKv kv = new SyncKv(new CountingClient(new RemoteClient(socket)));

        NoSuchKeyException missing = assertThrows(NoSuchKeyException.class, () -> kv.get("nobody"));

        assertEquals("no such key: nobody", missing.getMessage());
        assertNull(missing.getCause());
        String trace = Arrays.toString(missing.getStackTrace());
        assertTrue(trace.contains("RemoteClient.get") && trace.contains("CountingClient.get"), trace);
    }

    @Test
    void theStoresRefusalIsAKvExceptionWithTheStoresMessage() throws IOException {
        SyncKv kv = new SyncKv(new RemoteClient(socket));
        kv.put("name", "ada");

        KvException refused = assertThrows(KvException.class, () -> kv.increment("name"));

        assertEquals("not a number: name", refused.getMessage());
    }

    @Test
    void aLostConnectionIsTheTransportsOwnIOExceptionObject() throws IOException {
        IOException lost = new SocketException("connection reset");
        Transport broken = new Transport() {
            @Override
            public CompletableFuture<String> send(String request) {
                return CompletableFuture.failedFuture(lost);
            }

            @Override
            public void close() {
            }
        };
        SyncKv kv = new SyncKv(new CountingClient(new RemoteClient(broken)));

        assertSame(lost, assertThrows(IOException.class, () -> kv.get("anything")));
        assertSame(lost, assertThrows(ExecutionException.class,
                () -> new RemoteClient(broken).get("anything").get(10, TimeUnit.SECONDS)).getCause());
    }

    @Test
    void aCallOnAClosedConnectionFailsWithAnIOExceptionInsteadOfWaiting() throws IOException {
        SyncKv kv = new SyncKv(new RemoteClient(socket));
        kv.put("k", "v");
        socket.close();

        assertThrows(IOException.class, () -> kv.get("k"));
    }

    @Test
    void theFlagIsOffOnceTheSyncCallReturns() throws IOException {
        new SyncKv(new RemoteClient(socket)).put("k", "v");
        assertFalse(Eager.isEager());
    }

    /** Ten calls through the facade and the same ten through the async API, on two stores that start empty. */
    private void sameAnswers(KvClient client) throws Exception {
        SyncKv kv = new SyncKv(client);
        String key = "user" + System.nanoTime();
        assertNull(kv.put(key, "ada"));
        assertEquals("ada", kv.put(key, "grace"));
        assertEquals("grace", kv.get(key));
        assertEquals(1, kv.increment(key + ".visits"));
        assertEquals(2, kv.increment(key + ".visits"));
        assertThrows(NoSuchKeyException.class, () -> kv.get(key + ".missing"));

        String other = key + ".async";
        assertNull(client.put(other, "ada").get(10, TimeUnit.SECONDS));
        assertEquals("ada", client.put(other, "grace").get(10, TimeUnit.SECONDS));
        assertEquals("grace", client.get(other).get(10, TimeUnit.SECONDS));
        assertEquals(1L, client.increment(other + ".visits").get(10, TimeUnit.SECONDS));
        assertEquals(2L, client.increment(other + ".visits").get(10, TimeUnit.SECONDS));
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> client.get(other + ".missing").get(10, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof NoSuchKeyException, String.valueOf(failed.getCause()));
    }
}
