package dev.eager.example.kv;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/** One request, one reply, over a transport; refuses a request that would break the framing. */
final class Connection {
    private final Transport transport;

    Connection(Transport transport) {
        this.transport = transport;
    }

    @Async
    CompletableFuture<String> exchange(String request) throws IOException {
        if (request.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a request is one line");
        }
        return completedFuture(await(transport.send(request)));
    }
}
