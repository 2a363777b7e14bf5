package dev.eager.workload.orm;

import java.nio.ByteBuffer;

/**
 * Framing of backend messages over a receive buffer: type byte, 4-byte length (itself included),
 * body. The colour-free half of every strategy's codec; the other half reads more bytes when a
 * frame is not complete yet.
 */
public final class Framing {
    /** Room for the messages of a typical reply; bigger frames grow the buffer. */
    public static final int BUFFER_SIZE = 16 * 1024;

    private Framing() {
    }

    /**
     * The next complete message in {@code in} (in read mode), consuming it; {@code null} if the
     * buffer holds only part of one. The body is a copy: the buffer is compacted between reads.
     */
    public static BackendMessage next(ByteBuffer in) {
        if (in.remaining() < 5) {
            return null;
        }
        int start = in.position();
        int length = in.getInt(start + 1);
        if (length < 4) {
            throw new IllegalStateException("corrupt frame: type " + (char) in.get(start) + ", length " + length);
        }
        if (in.remaining() < 1 + length) {
            return null;
        }
        byte type = in.get(start);
        byte[] body = new byte[length - 4];
        in.get(start + 5, body);
        in.position(start + 1 + length);
        return new BackendMessage(type, ByteBuffer.wrap(body).asReadOnlyBuffer());
    }

    /**
     * Prepares {@code in} (read mode) for the transport to append to: compacts it and grows it when
     * a frame bigger than the buffer is pending. Returns the buffer to read into (write mode).
     */
    public static ByteBuffer forAppend(ByteBuffer in) {
        int needed = in.remaining() >= 5 ? 1 + in.getInt(in.position() + 1) : 0;
        if (needed > in.capacity()) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(needed, 2 * in.capacity()));
            return bigger.put(in);
        }
        return in.compact();
    }
}
