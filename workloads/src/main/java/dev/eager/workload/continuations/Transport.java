package dev.eager.workload.continuations;

import dev.eager.strategy.continuations.Io;
import dev.eager.workload.orm.Wire;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The leaf of the orm stack, colourless: a blocking wire (a sync caller's) reads on the calling
 * thread; an async wire (opened inside an async task) waits through {@link Io#await}, which yields
 * the task's continuation or parks its virtual thread. The end of the stream becomes an
 * {@link IOException}: the server dropped us mid-query.
 */
final class Transport {
    private final Wire wire;

    Transport(Wire wire) {
        this.wire = wire;
    }

    int read(ByteBuffer dst) throws IOException {
        int n = wire.blocking() ? wire.read(dst) : Io.await(wire.readAsync(dst));
        if (n < 0) {
            throw new IOException("server closed the connection");
        }
        return n;
    }

    void write(ByteBuffer src) throws IOException {
        if (wire.blocking()) {
            wire.write(src);
        } else {
            Io.await(wire.writeAsync(src));
        }
    }

    void close() {
        wire.close();
    }

    boolean isOpen() {
        return wire.isOpen();
    }
}
