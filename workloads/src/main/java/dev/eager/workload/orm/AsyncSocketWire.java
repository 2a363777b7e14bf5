package dev.eager.workload.orm;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.util.concurrent.CompletableFuture;
import jdk.net.ExtendedSocketOptions;

/**
 * A non-blocking TCP connection over {@link AsynchronousSocketChannel}: the wire of async code.
 * Futures complete on the default channel group's threads; no thread waits for bytes. Re-arms
 * TCP_QUICKACK after each completed read and write where the channel supports it (see {@link SocketWire}).
 */
public final class AsyncSocketWire extends Wire {
    private final AsynchronousSocketChannel channel;
    private final boolean quickAck;

    private AsyncSocketWire(AsynchronousSocketChannel channel) {
        this.channel = channel;
        this.quickAck = SocketWire.QUICK_ACK && channel.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
    }

    /** Connects to {@code address} without blocking: the future completes when connected. */
    public static CompletableFuture<Wire> connect(InetSocketAddress address) {
        CompletableFuture<Wire> connected = new CompletableFuture<>();
        AsynchronousSocketChannel channel;
        try {
            channel = AsynchronousSocketChannel.open();
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        channel.connect(address, null, new CompletionHandler<Void, Void>() {
            @Override
            public void completed(Void result, Void attachment) {
                connected.complete(new AsyncSocketWire(channel));
            }

            @Override
            public void failed(Throwable failure, Void attachment) {
                closeQuietly(channel);
                connected.completeExceptionally(failure);
            }
        });
        return connected;
    }

    @Override
    public boolean blocking() {
        return false;
    }

    @Override
    public int read(ByteBuffer dst) {
        throw wrongFace(this, "blocking");
    }

    @Override
    public void write(ByteBuffer src) {
        throw wrongFace(this, "blocking");
    }

    @Override
    public CompletableFuture<Integer> readAsync(ByteBuffer dst) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        channel.read(dst, null, new CompletionHandler<Integer, Void>() {
            @Override
            public void completed(Integer n, Void attachment) {
                armQuickAck();
                done.complete(n);
            }

            @Override
            public void failed(Throwable failure, Void attachment) {
                done.completeExceptionally(failure);
            }
        });
        return done;
    }

    @Override
    public CompletableFuture<Void> writeAsync(ByteBuffer src) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        channel.write(src, null, new CompletionHandler<Integer, Void>() {
            @Override
            public void completed(Integer n, Void attachment) {
                if (src.hasRemaining()) {
                    channel.write(src, null, this);
                } else {
                    armQuickAck();
                    done.complete(null);
                }
            }

            @Override
            public void failed(Throwable failure, Void attachment) {
                done.completeExceptionally(failure);
            }
        });
        return done;
    }

    private void armQuickAck() {
        if (quickAck) {
            setQuietly(channel, ExtendedSocketOptions.TCP_QUICKACK, true);
        }
    }

    private static <T> void setQuietly(AsynchronousSocketChannel channel, SocketOption<T> option, T value) {
        try {
            channel.setOption(option, value);
        } catch (IOException ignored) {
            // A closed channel: the read or write that follows reports it.
        }
    }

    @Override
    protected void release() {
        closeQuietly(channel);
    }

    private static void closeQuietly(AsynchronousSocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing to tell: the connection is being thrown away.
        }
    }

    @Override
    public String toString() {
        return "AsyncSocketWire" + (channel.isOpen() ? "" : "[closed]");
    }
}
