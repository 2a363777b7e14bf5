package dev.eager.example.kv;

import java.util.concurrent.CompletableFuture;

/** An in-process store instead of a server: every reply is there at once (for tests, and to measure the client alone). */
public final class InMemoryTransport implements Transport {
    private final Store store;

    public InMemoryTransport(Store store) {
        this.store = store;
    }

    @Override
    public CompletableFuture<String> send(String request) {
        return CompletableFuture.completedFuture(store.handle(request));
    }

    @Override
    public void close() {
    }
}
