package dev.eager.workload.orm;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A plain blocking client for the workload's own chores, not measured: seeding the schema,
 * recording replies for the memory server, timing a round trip. The stacks under measurement are
 * the per-strategy ones; this shares their colour-free parts ({@link Frontend}, {@link Framing},
 * {@link Authentication}).
 */
public final class SimpleSession implements AutoCloseable {
    private final SocketWire wire;
    private final BiConsumer<ByteBuffer, byte[]> tap;
    private ByteBuffer in = ByteBuffer.allocate(Framing.BUFFER_SIZE).flip();

    private SimpleSession(SocketWire wire, BiConsumer<ByteBuffer, byte[]> tap) {
        this.wire = wire;
        this.tap = tap;
    }

    /** Connects and authenticates. */
    public static SimpleSession open(InetSocketAddress address, Credentials credentials) throws IOException {
        return open(address, credentials, (message, reply) -> { });
    }

    /** Connects and authenticates; {@code tap} sees every message sent and the raw bytes it got back. */
    static SimpleSession open(InetSocketAddress address, Credentials credentials, BiConsumer<ByteBuffer, byte[]> tap)
            throws IOException {
        SimpleSession session = new SimpleSession(SocketWire.connect(address), tap);
        try {
            ByteBuffer message = Frontend.startup(credentials.user(), credentials.database());
            while (message != null) {
                ByteBuffer next = null;
                for (BackendMessage reply : parse(session.exchange(message))) {
                    if (reply.type() == BackendMessage.AUTHENTICATION) {
                        next = Authentication.answer(reply, credentials);
                    } else if (reply.type() == BackendMessage.ERROR_RESPONSE) {
                        throw reply.error();
                    }
                }
                message = next;
            }
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Runs {@code sql}; the server's error as a {@link PgException}. */
    public List<BackendMessage> run(String sql) throws IOException {
        List<BackendMessage> replies = parse(exchange(Frontend.query(sql)));
        for (BackendMessage reply : replies) {
            if (reply.type() == BackendMessage.ERROR_RESPONSE) {
                throw reply.error();
            }
        }
        return replies;
    }

    /**
     * Sends {@code message} and returns the server's raw reply: every byte up to and including
     * {@code ReadyForQuery}, or an {@code Authentication} request that needs an answer, or the end
     * of the stream.
     */
    byte[] exchange(ByteBuffer message) throws IOException {
        ByteBuffer sent = message.duplicate();
        wire.write(message);
        ByteBuffer reply = ByteBuffer.allocate(256);
        while (true) {
            int start = in.position();
            BackendMessage next = Framing.next(in);
            if (next == null) {
                in = Framing.forAppend(in);
                int n = wire.read(in);
                in.flip();
                if (n < 0) {
                    if (reply.position() == 0) {
                        throw new IOException("server closed the connection");
                    }
                    break;
                }
                continue;
            }
            int length = in.position() - start;
            if (reply.remaining() < length) {
                reply = ByteBuffer.allocate(2 * (reply.capacity() + length)).put(reply.flip());
            }
            reply.put(in.duplicate().position(start).limit(start + length));
            if (next.type() == BackendMessage.READY_FOR_QUERY
                    || next.type() == BackendMessage.AUTHENTICATION && next.authCode() != Authentication.OK) {
                break;
            }
        }
        byte[] bytes = new byte[reply.position()];
        reply.flip().get(bytes);
        tap.accept(sent, bytes);
        return bytes;
    }

    static List<BackendMessage> parse(byte[] raw) {
        ByteBuffer b = ByteBuffer.wrap(raw);
        List<BackendMessage> messages = new ArrayList<>();
        for (BackendMessage m = Framing.next(b); m != null; m = Framing.next(b)) {
            messages.add(m);
        }
        return messages;
    }

    @Override
    public void close() {
        if (wire.isOpen()) {
            try {
                wire.write(Frontend.terminate());
            } catch (IOException ignored) {
                // Going away anyway.
            }
            wire.close();
        }
    }
}
