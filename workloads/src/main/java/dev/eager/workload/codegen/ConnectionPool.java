package dev.eager.workload.codegen;

import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.core.Throwables;
import dev.eager.strategy.codegen.GenerateSync;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.PgException;
import dev.eager.workload.orm.Traffic;
import java.io.IOException;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * A small pool of idle connections (async ones here, blocking ones in the sync twin). A connection
 * is opened when none is idle; at most {@value #MAX_IDLE} wait for reuse, the rest are closed on
 * release.
 */
@GenerateSync(failures = IOException.class)
final class ConnectionPool {
    private static final int MAX_IDLE = 8;

    /** Work on a connection; the pool takes the connection back once the work is done. */
    @FunctionalInterface
    interface Work<T> {
        CompletableFuture<T> apply(Connection connection);
    }

    private final OrmServer server;
    private final Traffic traffic;
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();

    ConnectionPool(OrmServer server, Traffic traffic) {
        this.server = server;
        this.traffic = traffic;
    }

    /** Runs {@code work} on a pooled connection and gives it back, or closes it if its wire failed. */
    <T> CompletableFuture<T> withConnection(Work<T> work) {
        return acquire().thenCompose(connection -> work.apply(connection).handle((T value, Throwable failure) -> {
            if (failure == null) {
                return release(connection).thenApply(_ -> value);
            }
            Throwable cause = Throwables.unwrap(failure);
            if (cause instanceof PgException) {
                return release(connection).thenCompose(_ -> CompletableFuture.<T>failedFuture(cause));
            }
            connection.abandon();
            return CompletableFuture.<T>failedFuture(cause);
        }).thenCompose(Function.identity()));
    }

    private CompletableFuture<Connection> acquire() {
        Connection pooled = idle.pollFirst();
        if (pooled != null) {
            return completedFuture(pooled);
        }
        return server.connectAsync().thenCompose(wire -> {
            Connection connection = new Connection(new Transport(wire), traffic);
            return connection.protocol().startup(server.credentials()).handle((Void done, Throwable failure) -> {
                if (failure != null) {
                    connection.abandon();
                    return CompletableFuture.<Connection>failedFuture(Throwables.unwrap(failure));
                }
                return completedFuture(connection);
            }).thenCompose(Function.identity());
        });
    }

    private CompletableFuture<Void> release(Connection connection) {
        return connection.reset().handle((Void done, Throwable failure) -> {
            if (failure != null || !connection.isOpen() || idle.size() >= MAX_IDLE) {
                connection.abandon();
            } else {
                idle.offerFirst(connection);
            }
            return null;
        });
    }

    /** Closes every idle connection. */
    void close() {
        for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
            c.close();
        }
    }
}
