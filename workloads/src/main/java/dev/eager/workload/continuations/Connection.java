package dev.eager.workload.continuations;

import dev.eager.workload.orm.RowMapper;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.TransactionStatus;
import java.io.IOException;

/**
 * A session with the server: its protocol state and transaction status. A connection leaves the
 * pool only idle: one that is inside a transaction is rolled back first; one whose transport
 * failed is closed, never reused.
 */
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
    void reset() throws IOException {
        if (protocol.status() != TransactionStatus.IDLE) {
            Cursor<?> rollback = cursor((columns, row) -> row);
            rollback.execute("ROLLBACK");
            rollback.fetchAll();
        }
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
            } catch (IOException | RuntimeException ignored) {
                // The goodbye failed: closing is all that is left to do.
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
