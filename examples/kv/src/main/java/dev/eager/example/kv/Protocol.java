package dev.eager.example.kv;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * The store's line protocol: a command is words separated by spaces ({@code GET key}); a reply is
 * {@code OK value}, {@code NIL}, or {@code ERR message}.
 */
final class Protocol {
    private final Connection connection;

    Protocol(Connection connection) {
        this.connection = connection;
    }

    /** The reply's value (null for {@code NIL}). */
    @Async
    CompletableFuture<String> call(String command, String key) throws IOException {
        return completedFuture(decode(await(connection.exchange(command + " " + checked(key)))));
    }

    @Async
    CompletableFuture<String> call(String command, String key, String value) throws IOException {
        return completedFuture(decode(await(connection.exchange(command + " " + checked(key) + " " + value))));
    }

    private static String decode(String reply) throws KvException {
        if (reply.startsWith("OK ")) {
            return reply.substring(3);
        }
        if (reply.equals("NIL")) {
            return null;
        }
        if (reply.startsWith("ERR ")) {
            throw new KvException(reply.substring(4));
        }
        throw new KvException("unexpected reply: " + reply);
    }

    private static String checked(String key) {
        if (key.isEmpty() || key.indexOf(' ') >= 0 || key.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a key is one word: '" + key + "'");
        }
        return key;
    }
}
