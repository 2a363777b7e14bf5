package dev.eager.workload.orm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One connection's bytes: the only place the orm stacks do I/O. Like a {@link dev.eager.workload.Leaf}
 * it has a blocking face (sync and eager code: the I/O happens on the calling thread) and a
 * non-blocking one (async code: returns at once, never blocks a thread while the I/O is pending).
 * A socket wire has the face it was opened for; the memory wire has both and never waits.
 *
 * <p>Every wire ever opened and not yet closed is counted, so tests can show that a dropped
 * connection leaks no socket.
 */
public abstract class Wire implements AutoCloseable {
    private static final AtomicInteger OPEN = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    protected Wire() {
        OPEN.incrementAndGet();
    }

    /** Wires opened and not closed yet, in this JVM. */
    public static int openCount() {
        return OPEN.get();
    }

    /** Whether this wire does its I/O on the calling thread ({@link #read}) rather than asynchronously. */
    public abstract boolean blocking();

    /** Reads what has arrived into {@code dst}, waiting for at least one byte; -1 at end of stream. */
    public abstract int read(ByteBuffer dst) throws IOException;

    /** Writes all of {@code src}. */
    public abstract void write(ByteBuffer src) throws IOException;

    /** Like {@link #read}, completing when bytes arrive. */
    public abstract CompletableFuture<Integer> readAsync(ByteBuffer dst);

    /** Like {@link #write}, completing when all of {@code src} is written. */
    public abstract CompletableFuture<Void> writeAsync(ByteBuffer src);

    public boolean isOpen() {
        return !closed.get();
    }

    /** Closes the connection; idempotent. */
    @Override
    public final void close() {
        if (closed.compareAndSet(false, true)) {
            OPEN.decrementAndGet();
            release();
        }
    }

    /** Frees what the wire holds (the socket); called once. */
    protected abstract void release();

    static UnsupportedOperationException wrongFace(Wire wire, String face) {
        return new UnsupportedOperationException(wire + " has no " + face + " face: open the wire for that face");
    }
}
