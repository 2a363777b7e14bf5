package dev.eager.example.kv;

import dev.eager.strategy.bypass.Async;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * The library's API: a key-value store, asynchronous. {@link SyncKv} is the same API for callers
 * that want the answer now.
 */
public interface KvClient {
    /**
     * The value stored under {@code key}.
     *
     * @throws NoSuchKeyException (in the future) when nothing is stored there
     */
    @Async
    CompletableFuture<String> get(String key) throws IOException;

    /** Stores {@code value} under {@code key}; completes with the value it replaced, or null. */
    @Async
    CompletableFuture<String> put(String key, String value) throws IOException;

    /** Adds one to the number stored under {@code key} (0 when there is none) and completes with the sum. */
    @Async
    CompletableFuture<Long> increment(String key) throws IOException;
}
