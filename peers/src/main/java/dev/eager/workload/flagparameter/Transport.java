package dev.eager.workload.flagparameter;

import dev.eager.workload.orm.Wire;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * The leaf of the orm stack: the only layer that does I/O. With {@code async} false (a blocking wire) it
 * reads here and now and returns a completed future; with {@code async} true it returns at once.
 * The end of the stream becomes an {@link IOException}: the server dropped us mid-query.
 */
final class Transport {
    private final Wire wire;

    Transport(Wire wire) {
        this.wire = wire;
    }

    CompletableFuture<Integer> read(ByteBuffer dst, boolean async) {
        if (!async) {
            try {
                return received(wire.read(dst));
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return wire.readAsync(dst).thenCompose(Transport::received);
    }

    CompletableFuture<Void> write(ByteBuffer src, boolean async) {
        if (!async) {
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
