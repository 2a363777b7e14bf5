package dev.eager.workload.codegen;

import static java.util.concurrent.CompletableFuture.completedFuture;
import static java.util.concurrent.CompletableFuture.failedFuture;

import dev.eager.strategy.codegen.GenerateSync;
import dev.eager.workload.orm.Wire;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * The leaf of the orm stack: the only layer that does I/O, on an async wire here and on a blocking
 * one in the sync twin (its calls of {@code readAsync} become calls of {@code read}). The end of
 * the stream becomes an {@link IOException}: the server dropped us mid-query.
 */
@GenerateSync(failures = IOException.class)
final class Transport {
    private final Wire wire;

    Transport(Wire wire) {
        this.wire = wire;
    }

    CompletableFuture<Integer> read(ByteBuffer dst) {
        return wire.readAsync(dst).thenCompose(n -> received(n));
    }

    CompletableFuture<Void> write(ByteBuffer src) {
        return wire.writeAsync(src);
    }

    private static CompletableFuture<Integer> received(int n) {
        return n < 0 ? failedFuture(new IOException("server closed the connection")) : completedFuture(n);
    }

    void close() {
        wire.close();
    }

    boolean isOpen() {
        return wire.isOpen();
    }
}
