package dev.eager.example.kv;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;

/**
 * A client that counts the calls made through it before passing them on: the kind of decorator
 * each service of an application stacks on the client it was handed.
 */
public final class CountingClient implements KvClient {
    private final KvClient next;
    private final LongAdder calls = new LongAdder();

    public CountingClient(KvClient next) {
        this.next = next;
    }

    /** Calls made through this client so far. */
    public long calls() {
        return calls.sum();
    }

    @Async
    @Override
    public CompletableFuture<String> get(String key) throws IOException {
        calls.increment();
        return completedFuture(await(next.get(key)));
    }

    @Async
    @Override
    public CompletableFuture<String> put(String key, String value) throws IOException {
        calls.increment();
        return completedFuture(await(next.put(key, value)));
    }

    @Async
    @Override
    public CompletableFuture<Long> increment(String key) throws IOException {
        calls.increment();
        return completedFuture(await(next.increment(key)));
    }
}
