package dev.eager.workload.futurevalue;

import dev.eager.strategy.futurevalue.ValueTask;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.Wire;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The leaf of the orm stack: the only layer that does I/O, and the one place where the wire's
 * futures meet this strategy's result type (every layer above is generated from the source it
 * shares with {@code future}, see {@code workloads/src/templates/.../future}). A blocking wire
 * (opened under the eager flag) reads here and now and returns a ready task; an async wire returns
 * a pending one at once. The end of the stream becomes an {@link IOException}: the server dropped
 * us mid-query.
 */
final class Transport {
    private static final ValueTask<Void> DONE = ValueTask.completedFuture(null);

    private final Wire wire;

    Transport(Wire wire) {
        this.wire = wire;
    }

    /** A transport over a new wire to {@code server}: opened here and now when {@code blocking}, else without waiting. */
    static ValueTask<Transport> open(OrmServer server, boolean blocking) {
        if (blocking) {
            try {
                return ValueTask.completedFuture(new Transport(server.connect()));
            } catch (IOException e) {
                return ValueTask.failedFuture(e);
            }
        }
        return ValueTask.of(server.connectAsync().thenApply(Transport::new));
    }

    ValueTask<Integer> read(ByteBuffer dst) {
        if (wire.blocking()) {
            try {
                return received(wire.read(dst));
            } catch (IOException e) {
                return ValueTask.failedFuture(e);
            }
        }
        return ValueTask.of(wire.readAsync(dst)).thenCompose(Transport::received);
    }

    ValueTask<Void> write(ByteBuffer src) {
        if (wire.blocking()) {
            try {
                wire.write(src);
                return DONE;
            } catch (IOException e) {
                return ValueTask.failedFuture(e);
            }
        }
        return ValueTask.of(wire.writeAsync(src));
    }

    private static ValueTask<Integer> received(int n) {
        return n < 0 ? ValueTask.failedFuture(new IOException("server closed the connection"))
                : ValueTask.completedFuture(n);
    }

    void close() {
        wire.close();
    }

    boolean isOpen() {
        return wire.isOpen();
    }
}
