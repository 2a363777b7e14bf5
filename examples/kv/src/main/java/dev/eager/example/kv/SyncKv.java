package dev.eager.example.kv;

import dev.eager.core.Eager;
import java.io.IOException;

/**
 * The same API for callers that want the answer now: every method is one {@link Eager#run} of the
 * asynchronous one, so the code is written once. The caller catches the library's own exceptions
 * ({@link NoSuchKeyException}, a lost connection's {@link IOException}) as they were thrown.
 */
public final class SyncKv {
    private final KvClient client;

    public SyncKv(KvClient client) {
        this.client = client;
    }

    public String get(String key) throws IOException {
        return Eager.run(() -> client.get(key));
    }

    public String put(String key, String value) throws IOException {
        return Eager.run(() -> client.put(key, value));
    }

    public long increment(String key) throws IOException {
        return Eager.run(() -> client.increment(key));
    }
}
