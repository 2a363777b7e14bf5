package dev.eager.workload.future;

import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.Wire;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * The leaf of the orm stack: the only layer that does I/O, and the one place where the wire's
 * futures meet this strategy's result type (every layer above is generated from the source it
 * shares with {@code future-value}, see {@code workloads/src/templates/.../future}). A blocking wire
 * (opened under the eager flag) reads here and now and returns a completed future; an async wire
 * returns at once. The end of the stream becomes an {@link IOException}: the server dropped us
 * mid-query.
 */
final class Transport {
    private final Wire wire;

    Transport(Wire wire) {
        this.wire = wire;
    }

    /** A transport over a new wire to {@code server}: opened here and now when {@code blocking}, else without waiting. */
    static CompletableFuture<Transport> open(OrmServer server, boolean blocking) {
        if (blocking) {
            try {
                return CompletableFuture.completedFuture(new Transport(server.connect()));
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return server.connectAsync().thenApply(Transport::new);
    }

    CompletableFuture<Integer> read(ByteBuffer dst) {
        if (wire.blocking()) {
            try {
                return received(wire.read(dst));
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return wire.readAsync(dst).thenCompose(Transport::received);
    }

    CompletableFuture<Void> write(ByteBuffer src) {
        if (wire.blocking()) {
            try {
                wire.write(src);
                return CompletableFuture.completedFuture(null);
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return wire.writeAsync(src);
    }

    private static CompletableFuture<Integer> received(int n) {
        return n < 0 ? CompletableFuture.failedFuture(new IOException("server closed the connection"))
                : CompletableFuture.completedFuture(n);
    }

    void close() {
        wire.close();
    }

    boolean isOpen() {
        return wire.isOpen();
    }
}
