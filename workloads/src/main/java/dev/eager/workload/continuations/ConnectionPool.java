package dev.eager.workload.continuations;

import dev.eager.strategy.continuations.Io;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.PgException;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.Wire;
import java.io.IOException;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A small pool of idle connections, one for each kind of caller: a sync caller gets a blocking
 * connection, code inside an async task an async one (its waits then yield instead of blocking).
 * A connection is opened when none is idle; at most {@value #MAX_IDLE} of each kind wait for
 * reuse, the rest are closed on release.
 */
final class ConnectionPool {
    private static final int MAX_IDLE = 8;

    /** Work on a connection. */
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
        Deque<Connection> idle = Io.inAsyncTask() ? idleAsync : idleBlocking;
        Connection connection = acquire(idle);
        T value;
        try {
            value = work.apply(connection);
        } catch (PgException e) {
            release(connection, idle);
            throw e;
        } catch (IOException | RuntimeException | Error e) {
            connection.abandon();
            throw e;
        }
        release(connection, idle);
        return value;
    }

    private Connection acquire(Deque<Connection> idle) throws IOException {
        Connection pooled = idle.pollFirst();
        if (pooled != null) {
            return pooled;
        }
        Wire wire = idle == idleAsync ? Io.await(server.connectAsync()) : server.connect();
        Connection connection = new Connection(new Transport(wire), traffic);
        try {
            connection.protocol().startup(server.credentials());
        } catch (IOException | RuntimeException e) {
            connection.abandon();
            throw e;
        }
        return connection;
    }

    private void release(Connection connection, Deque<Connection> idle) {
        try {
            connection.reset();
        } catch (IOException | RuntimeException e) {
            connection.abandon();
            return;
        }
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
