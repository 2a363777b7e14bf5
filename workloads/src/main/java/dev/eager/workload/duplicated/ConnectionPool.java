package dev.eager.workload.duplicated;

import dev.eager.core.Throwables;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.PgException;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.Wire;
import java.io.IOException;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * A small pool of idle connections, written twice: the sync copy hands out blocking connections,
 * the async copy async ones. A connection is opened when none is idle; at most {@value #MAX_IDLE}
 * of each kind wait for reuse, the rest are closed on release.
 */
final class ConnectionPool {
    private static final int MAX_IDLE = 8;

    /** Work on a connection in the sync copy. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws IOException;
    }

    private final OrmServer server;
    private final Traffic traffic;
    private final Deque<Connection> idleBlocking = new ConcurrentLinkedDeque<>();
    private final Deque<Connection> idleAsync = new ConcurrentLinkedDeque<>();

    ConnectionPool(OrmServer server, Traffic traffic) {
        this.server = server;
        this.traffic = traffic;
    }

    /** Runs {@code work} on a pooled connection and gives it back, or closes it if its wire failed. */
    <T> T withConnection(Work<T> work) throws IOException {
        Connection connection = acquire();
        T value;
        try {
            value = work.apply(connection);
        } catch (PgException e) {
            release(connection);
            throw e;
        } catch (IOException | RuntimeException | Error e) {
            connection.abandon();
            throw e;
        }
        release(connection);
        return value;
    }

    <T> CompletableFuture<T> withConnectionAsync(Function<Connection, CompletableFuture<T>> work) {
        return acquireAsync().thenCompose(connection -> work.apply(connection).handle((value, failure) -> {
            if (failure == null) {
                return releaseAsync(connection).thenApply(v -> value);
            }
            Throwable cause = Throwables.unwrap(failure);
            if (cause instanceof PgException) {
                return releaseAsync(connection).<T>thenCompose(v -> CompletableFuture.failedFuture(cause));
            }
            connection.abandon();
            return CompletableFuture.<T>failedFuture(cause);
        }).thenCompose(Function.identity()));
    }

    private Connection acquire() throws IOException {
        Connection idle = idleBlocking.pollFirst();
        if (idle != null) {
            return idle;
        }
        Connection connection = new Connection(new Transport(server.connect()), traffic, true);
        try {
            connection.protocol().startup(server.credentials());
        } catch (IOException | RuntimeException e) {
            connection.abandon();
            throw e;
        }
        return connection;
    }

    private CompletableFuture<Connection> acquireAsync() {
        Connection idle = idleAsync.pollFirst();
        if (idle != null) {
            return CompletableFuture.completedFuture(idle);
        }
        return server.connectAsync().thenCompose((Wire wire) -> {
            Connection connection = new Connection(new Transport(wire), traffic, false);
            return connection.protocol().startupAsync(server.credentials()).handle((v, failure) -> {
                if (failure != null) {
                    connection.abandon();
                    throw Throwables.sneakyThrow(Throwables.unwrap(failure));
                }
                return connection;
            });
        });
    }

    private void release(Connection connection) {
        try {
            connection.reset();
        } catch (IOException | RuntimeException e) {
            connection.abandon();
            return;
        }
        keepOrClose(connection, idleBlocking);
    }

    private CompletableFuture<Void> releaseAsync(Connection connection) {
        return connection.resetAsync().handle((v, failure) -> {
            if (failure != null) {
                connection.abandon();
            } else {
                keepOrClose(connection, idleAsync);
            }
            return null;
        });
    }

    private static void keepOrClose(Connection connection, Deque<Connection> idle) {
        if (!connection.isOpen() || idle.size() >= MAX_IDLE) {
            connection.abandon();
        } else {
            idle.offerFirst(connection);
        }
    }

    /** Closes every idle connection. */
    void close() {
        for (Deque<Connection> idle : List.of(idleBlocking, idleAsync)) {
            for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
                c.close();
            }
        }
    }
}
