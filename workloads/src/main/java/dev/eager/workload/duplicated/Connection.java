package dev.eager.workload.duplicated;

import dev.eager.workload.orm.RowMapper;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.TransactionStatus;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * A session with the server: its protocol state and transaction status. A connection leaves the
 * pool only idle: one that is inside a transaction is rolled back first; one whose transport
 * failed is closed, never reused. A connection is sync or async for life (its wire's face).
 */
final class Connection {
    private final Transport transport;
    private final Protocol protocol;
    private final Traffic traffic;
    private final boolean blocking;

    Connection(Transport transport, Traffic traffic, boolean blocking) {
        this.transport = transport;
        this.protocol = new Protocol(new Codec(transport), traffic);
        this.traffic = traffic;
        this.blocking = blocking;
        traffic.opened();
    }

    Protocol protocol() {
        return protocol;
    }

    <T> Cursor<T> cursor(RowMapper<T> mapper) {
        return new Cursor<>(protocol, mapper);
    }

    /** Brings the session back to idle: rolls back an open or failed transaction. */
    void reset() throws IOException {
        if (protocol.status() != TransactionStatus.IDLE) {
            Cursor<?> rollback = cursor((columns, row) -> row);
            rollback.execute("ROLLBACK");
            rollback.fetchAll();
        }
    }

    CompletableFuture<Void> resetAsync() {
        if (protocol.status() == TransactionStatus.IDLE) {
            return CompletableFuture.completedFuture(null);
        }
        Cursor<?> rollback = cursor((columns, row) -> row);
        return rollback.executeAsync("ROLLBACK").thenCompose(v -> rollback.fetchAllAsync()).thenApply(rows -> null);
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
            if (blocking) {
                try {
                    protocol.terminate();
                } catch (IOException ignored) {
                    // The goodbye failed: closing is all that is left to do.
                }
            } else {
                protocol.terminateAsync();
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
