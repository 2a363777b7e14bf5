package dev.eager.workload.orm;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import jdk.net.ExtendedSocketOptions;

/**
 * A blocking TCP connection: the wire of sync and eager code.
 *
 * <p>Why TCP_QUICKACK: H2's PG server writes a reply as several small unflushed packets without
 * TCP_NODELAY, so after the first one Nagle holds the rest until it is acknowledged, while Linux
 * delays that ACK by up to 40 ms: every query stalled ~44 ms. Quick-ack mode is not sticky on
 * Linux (the kernel drops back to delayed ACKs), so the wire re-arms it after every write and
 * read. Where the OS lacks the option the wire works, just slower against H2. {@code
 * -Dorm.quickAck=false} turns it off, to show the stall it prevents.
 */
public final class SocketWire extends Wire {
    /** Whether wires re-arm TCP_QUICKACK: {@code -Dorm.quickAck=false} turns it off to measure the difference. */
    static final boolean QUICK_ACK = !"false".equals(System.getProperty("orm.quickAck"));

    private final SocketChannel channel;
    private final boolean quickAck;

    private SocketWire(SocketChannel channel) {
        this.channel = channel;
        this.quickAck = QUICK_ACK && channel.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
    }

    /** Connects to {@code address}, blocking the calling thread until connected. */
    public static SocketWire connect(InetSocketAddress address) throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.connect(address);
            SocketWire wire = new SocketWire(channel);
            wire.armQuickAck();
            return wire;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Whether this wire re-arms TCP_QUICKACK (the OS supports it and it was not turned off). */
    public boolean quickAck() {
        return quickAck;
    }

    /** Whether TCP_QUICKACK is currently on for this socket (the kernel may have dropped it since). */
    public boolean quickAckArmed() throws IOException {
        return quickAck && channel.getOption(ExtendedSocketOptions.TCP_QUICKACK);
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n = channel.read(dst);
        armQuickAck();
        return n;
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            channel.write(src);
        }
        armQuickAck();
    }

    private void armQuickAck() throws IOException {
        if (quickAck) {
            channel.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
        }
    }

    @Override
    public CompletableFuture<Integer> readAsync(ByteBuffer dst) {
        throw wrongFace(this, "non-blocking");
    }

    @Override
    public CompletableFuture<Void> writeAsync(ByteBuffer src) {
        throw wrongFace(this, "non-blocking");
    }

    @Override
    protected void release() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing to tell: the connection is being thrown away.
        }
    }

    @Override
    public String toString() {
        return "SocketWire" + (channel.isOpen() ? "" : "[closed]");
    }
}
