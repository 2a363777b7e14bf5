package dev.eager.workload.duplicated;

import dev.eager.workload.orm.Wire;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * The leaf of the orm stack, written twice: the sync copy reads a blocking wire on the calling
 * thread, the async copy an async wire. The end of the stream becomes an {@link IOException}:
 * the server dropped us mid-query.
 */
final class Transport {
    private final Wire wire;

    Transport(Wire wire) {
        this.wire = wire;
    }

    int read(ByteBuffer dst) throws IOException {
        return received(wire.read(dst));
    }

    CompletableFuture<Integer> readAsync(ByteBuffer dst) {
        return wire.readAsync(dst).thenApply(n -> {
            try {
                return received(n);
            } catch (IOException e) {
                throw dev.eager.core.Throwables.sneakyThrow(e);
            }
        });
    }

    void write(ByteBuffer src) throws IOException {
        wire.write(src);
    }

    CompletableFuture<Void> writeAsync(ByteBuffer src) {
        return wire.writeAsync(src);
    }

    private static int received(int n) throws IOException {
        if (n < 0) {
            throw new IOException("server closed the connection");
        }
        return n;
    }

    void close() {
        wire.close();
    }

    boolean isOpen() {
        return wire.isOpen();
    }
}
