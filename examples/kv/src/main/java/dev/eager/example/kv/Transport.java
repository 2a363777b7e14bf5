package dev.eager.example.kv;

import java.io.Closeable;
import java.util.concurrent.CompletableFuture;

/**
 * Where requests go: one line out, one line back. The I/O boundary: an ordinary future, completed
 * when the reply arrives ({@link SocketTransport}) or at once ({@link InMemoryTransport}); a lost
 * connection completes it with the {@link java.io.IOException} itself.
 */
public interface Transport extends Closeable {
    CompletableFuture<String> send(String request);
}
