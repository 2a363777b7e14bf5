package dev.eager.workload.futurevalue;

import dev.eager.core.Eager;
import dev.eager.core.Throwables;
import dev.eager.strategy.futurevalue.ValueTask;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.PgException;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.Wire;
import java.io.IOException;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * A small pool of idle connections, one for each face: under the eager flag a call gets a
 * blocking connection, otherwise an async one. A connection is opened when none is idle; at most
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
    <T> ValueTask<T> withConnection(Function<Connection, ValueTask<T>> work) {
        boolean blocking = Eager.isEager();
        return acquire(blocking).flatMap(connection -> {
            ValueTask<T> result;
            try {
                result = work.apply(connection);
            } catch (Throwable failure) {
                return settle(connection, blocking, null, failure);
            }
            if (result.isReady()) {
                return settle(connection, blocking, result.join(), null);
            }
            return ValueTask.of(result.toFuture()
                    .handle((value, failure) -> settle(connection, blocking, value, failure))
                    .thenCompose(ValueTask::toFuture));
        });
    }

    /** Gives the connection back after the work, passing on its value or its failure (the object itself). */
    private <T> ValueTask<T> settle(Connection connection, boolean blocking, T value, Throwable failure) {
        if (failure == null) {
            return release(connection, blocking).map(v -> value);
        }
        Throwable cause = Throwables.unwrap(failure);
        if (cause instanceof PgException) {
            return release(connection, blocking).map(v -> {
                throw Throwables.sneakyThrow(cause);
            });
        }
        connection.abandon();
        throw Throwables.sneakyThrow(cause);
    }

    private ValueTask<Connection> acquire(boolean blocking) {
        Connection idle = (blocking ? idleBlocking : idleAsync).pollFirst();
        if (idle != null) {
            return ValueTask.of(idle);
        }
        if (blocking) {
            try {
                return start(server.connect());
            } catch (IOException e) {
                throw Throwables.sneakyThrow(e);
            }
        }
        return ValueTask.of(server.connectAsync()).flatMap(this::start);
    }

    private ValueTask<Connection> start(Wire wire) {
        Connection connection = new Connection(new Transport(wire), traffic);
        ValueTask<Void> started;
        try {
            started = connection.protocol().startup(server.credentials());
        } catch (Throwable failure) {
            connection.abandon();
            throw Throwables.sneakyThrow(failure);
        }
        if (started.isReady()) {
            return ValueTask.of(connection);
        }
        return ValueTask.of(started.toFuture().handle((v, failure) -> {
            if (failure != null) {
                connection.abandon();
                throw Throwables.sneakyThrow(Throwables.unwrap(failure));
            }
            return connection;
        }));
    }

    private ValueTask<Void> release(Connection connection, boolean blocking) {
        Deque<Connection> idle = blocking ? idleBlocking : idleAsync;
        ValueTask<Void> reset;
        try {
            reset = connection.reset();
        } catch (Throwable failure) {
            connection.abandon();
            return Transport.DONE;
        }
        return reset.map(v -> {
            if (!connection.isOpen() || idle.size() >= MAX_IDLE) {
                connection.abandon();
            } else {
                idle.offerFirst(connection);
            }
            return (Void) null;
        });
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
