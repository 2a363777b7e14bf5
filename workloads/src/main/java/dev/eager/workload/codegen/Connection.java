package dev.eager.workload.codegen;

import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.codegen.GenerateSync;
import dev.eager.workload.orm.RowMapper;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.TransactionStatus;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * A session with the server: its protocol state and transaction status. A connection leaves the
 * pool only idle: one that is inside a transaction is rolled back first; one whose transport
 * failed is closed, never reused.
 */
@GenerateSync(failures = IOException.class)
final class Connection {
    private final Transport transport;
    private final Protocol protocol;
    private final Traffic traffic;

    Connection(Transport transport, Traffic traffic) {
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
    CompletableFuture<Void> reset() {
        if (protocol.status() == TransactionStatus.IDLE) {
            return completedFuture(null);
        }
        Cursor<?> rollback = cursor((columns, row) -> row);
        return rollback.execute("ROLLBACK").thenCompose(_ -> rollback.fetchAll()).thenApply(_ -> null);
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
            try {
                protocol.terminate();
            } catch (Exception ignored) {
                // The goodbye failed (the sync twin's, which throws): closing is all that is left to do.
            }
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
