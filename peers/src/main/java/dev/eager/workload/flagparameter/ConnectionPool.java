package dev.eager.workload.flagparameter;

import dev.eager.core.Throwables;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.PgException;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.Wire;
import java.io.IOException;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * A small pool of idle connections, one for each face: a caller passing {@code async}
 * false gets a blocking connection, true an async one. A connection is opened when none is idle; at most
 * {@value #MAX_IDLE} of each face wait for reuse, the rest are closed on release.
 */
final class ConnectionPool {
    private static final int MAX_IDLE = 8;

    private final OrmServer server;
    private final Traffic traffic;
    private final Deque<Connection> idleBlocking = new ConcurrentLinkedDeque<>();
    private final Deque<Connection> idleAsync = new ConcurrentLinkedDeque<>();

    ConnectionPool(OrmServer server, Traffic traffic) {
        this.server = server;
        this.traffic = traffic;
    }

    /** Runs {@code work} on a pooled connection and gives it back, or closes it if its wire failed. */
    <T> CompletableFuture<T> withConnection(boolean async, Function<Connection, CompletableFuture<T>> work) {
        boolean blocking = !async;
        return acquire(blocking).thenCompose(connection -> work.apply(connection).handle((value, failure) -> {
            if (failure == null) {
                return release(connection, blocking).thenApply(v -> value);
            }
            Throwable cause = Throwables.unwrap(failure);
            if (cause instanceof PgException) {
                return release(connection, blocking).<T>thenCompose(v -> CompletableFuture.failedFuture(cause));
            }
            connection.abandon();
            return CompletableFuture.<T>failedFuture(cause);
        }).thenCompose(Function.identity()));
    }

    private CompletableFuture<Connection> acquire(boolean blocking) {
        Connection idle = (blocking ? idleBlocking : idleAsync).pollFirst();
        if (idle != null) {
            return CompletableFuture.completedFuture(idle);
        }
        CompletableFuture<Wire> wire;
        if (blocking) {
            try {
                wire = CompletableFuture.completedFuture(server.connect());
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        } else {
            wire = server.connectAsync();
        }
        return wire.thenCompose(opened -> {
            Connection connection = new Connection(new Transport(opened), traffic, !blocking);
            return connection.protocol().startup(server.credentials(), !blocking).handle((v, failure) -> {
                if (failure != null) {
                    connection.abandon();
                    throw Throwables.sneakyThrow(Throwables.unwrap(failure));
                }
                return connection;
            });
        });
    }

    private CompletableFuture<Void> release(Connection connection, boolean blocking) {
        return connection.reset(!blocking).handle((v, failure) -> {
            Deque<Connection> idle = blocking ? idleBlocking : idleAsync;
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
        for (Deque<Connection> idle : java.util.List.of(idleBlocking, idleAsync)) {
            for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
                c.close();
            }
        }
    }
}
