package dev.eager.workload.orm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real server's replies, byte for byte, keyed by the exact client message that caused them: the
 * startup message, the password message, each query. Recorded from a live server when the memory
 * server starts; a query seen for the first time is recorded then, once, through a session kept
 * open for it (the only time the memory server touches a socket), so measurements warm it up first.
 */
final class Recording implements AutoCloseable {
    private final ConcurrentHashMap<ByteBuffer, byte[]> replies = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong recorded = new java.util.concurrent.atomic.AtomicLong();
    private final SimpleSession recorder;

    private Recording(InetSocketAddress address, Credentials credentials) throws IOException {
        this.recorder = SimpleSession.open(address, credentials, this::keep);
    }

    static Recording of(InetSocketAddress address, Credentials credentials) throws IOException {
        return new Recording(address, credentials);
    }

    private void keep(ByteBuffer message, byte[] reply) {
        replies.put(copy(message), reply);
        recorded.incrementAndGet();
    }

    /** Exchanges recorded from the live server so far: the memory server's only I/O. */
    long recorded() {
        return recorded.get();
    }

    /** The server's reply to {@code message} (a complete frontend message, read mode, not consumed). */
    byte[] replyTo(ByteBuffer message) {
        byte[] reply = replies.get(message);
        if (reply != null) {
            return reply;
        }
        synchronized (recorder) {
            reply = replies.get(message);
            if (reply == null) {
                try {
                    reply = recorder.exchange(copy(message));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot record the reply to a new query", e);
                }
            }
            return reply;
        }
    }

    private static ByteBuffer copy(ByteBuffer message) {
        ByteBuffer copy = ByteBuffer.allocate(message.remaining());
        copy.put(message.duplicate()).flip();
        return copy;
    }

    @Override
    public void close() {
        recorder.close();
    }
}
