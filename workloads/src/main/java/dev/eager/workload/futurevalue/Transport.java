package dev.eager.workload.futurevalue;

import dev.eager.core.Throwables;
import dev.eager.strategy.futurevalue.ValueTask;
import dev.eager.workload.orm.Wire;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The leaf of the orm stack: the only layer that does I/O. A blocking wire (opened under the
 * eager flag) reads here and now and returns a ready task (a failure is thrown, as sync code
 * would); an async wire returns a pending one at once. The end of the stream becomes an
 * {@link IOException}: the server dropped us mid-query.
 */
final class Transport {
    static final ValueTask<Void> DONE = ValueTask.of((Void) null);

    private final Wire wire;

    Transport(Wire wire) {
        this.wire = wire;
    }

    ValueTask<Integer> read(ByteBuffer dst) {
        if (wire.blocking()) {
            try {
                return ValueTask.of(received(wire.read(dst)));
            } catch (IOException e) {
                throw Throwables.sneakyThrow(e);
            }
        }
        return ValueTask.of(wire.readAsync(dst).thenApply(Transport::received));
    }

    ValueTask<Void> write(ByteBuffer src) {
        if (wire.blocking()) {
            try {
                wire.write(src);
                return DONE;
            } catch (IOException e) {
                throw Throwables.sneakyThrow(e);
            }
        }
        return ValueTask.of(wire.writeAsync(src));
    }

    private static int received(int n) {
        if (n < 0) {
            throw Throwables.sneakyThrow(new IOException("server closed the connection"));
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
