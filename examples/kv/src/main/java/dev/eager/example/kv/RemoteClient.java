package dev.eager.example.kv;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/** The client proper: each call is one command of the store's protocol. */
public final class RemoteClient implements KvClient {
    private final Protocol protocol;

    public RemoteClient(Transport transport) {
        this.protocol = new Protocol(new Connection(transport));
    }

    @Async
    @Override
    public CompletableFuture<String> get(String key) throws IOException {
        String value = await(protocol.call("GET", key));
        if (value == null) {
            throw new NoSuchKeyException(key);
        }
        return completedFuture(value);
    }

    @Async
    @Override
    public CompletableFuture<String> put(String key, String value) throws IOException {
        return completedFuture(await(protocol.call("PUT", key, value)));
    }

    @Async
    @Override
    public CompletableFuture<Long> increment(String key) throws IOException {
        return completedFuture(Long.parseLong(await(protocol.call("INCR", key))));
    }
}
