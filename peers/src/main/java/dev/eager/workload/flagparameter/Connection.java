package dev.eager.workload.flagparameter;

import dev.eager.workload.orm.RowMapper;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.TransactionStatus;
import java.util.concurrent.CompletableFuture;

/**
 * A session with the server: its protocol state and transaction status. A connection leaves the
 * pool only idle: one that is inside a transaction is rolled back first; one whose transport
 * failed is closed, never reused.
 */
final class Connection {
    private final Transport transport;
    private final Protocol protocol;
    private final Traffic traffic;
    private final boolean async;

    Connection(Transport transport, Traffic traffic, boolean async) {
        this.async = async;
        this.transport = transport;
        this.protocol = new Protocol(new Codec(transport), traffic);
        this.traffic = traffic;
        traffic.opened();
    }

    Protocol protocol() {
        return protocol;
    }

    <T> Cursor<T> cursor(RowMapper<T> mapper) {
        return new Cursor<>(protocol, mapper);
    }

    /** Brings the session back to idle: rolls back an open or failed transaction. */
    CompletableFuture<Void> reset(boolean async) {
        if (protocol.status() == TransactionStatus.IDLE) {
            return CompletableFuture.completedFuture(null);
        }
        Cursor<?> rollback = cursor((columns, row) -> row);
        return rollback.execute("ROLLBACK", async).thenCompose(v -> rollback.fetchAll(async)).thenApply(rows -> null);
    }

    boolean isOpen() {
        return transport.isOpen();
    }

    /**
     * Says goodbye and closes the wire at once: an async goodbye still in flight may be cut short,
     * which the server takes as the same goodbye, and no socket outlives the pool's close.
     */
    void close() {
        if (transport.isOpen()) {
            protocol.terminate(async);
            transport.close();
            traffic.closed();
        }
    }

    /** Closes without a goodbye: the wire failed. */
    void abandon() {
        if (transport.isOpen()) {
            transport.close();
            traffic.closed();
        }
    }
}
