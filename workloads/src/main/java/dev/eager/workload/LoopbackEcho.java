package dev.eager.workload;

import dev.eager.core.Throwables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.CompletionHandler;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An echo server on 127.0.0.1 (ephemeral port) and its two clients: the I/O behind {@link
 * Leaf#IO}. A request is one 4-byte int; the reply is the same int.
 *
 * <p>The blocking client keeps one {@link SocketChannel} per thread; it is interruptible (an
 * interrupt closes it and throws {@code ClosedByInterruptException}, interrupt status set). The
 * async client keeps a pool of idle {@link AsynchronousSocketChannel}s and completes its futures
 * on the default channel group's threads: no thread waits for a reply. TCP_NODELAY everywhere:
 * 4-byte writes must not sit in Nagle's buffer.
 */
final class LoopbackEcho {
    private static final int MESSAGE = Integer.BYTES;
    private static volatile LoopbackEcho instance;

    private final InetSocketAddress address;
    private final ThreadLocal<SocketChannel> blockingChannel = new ThreadLocal<>();
    private final Queue<AsynchronousSocketChannel> idleAsync = new ConcurrentLinkedQueue<>();

    private LoopbackEcho(InetSocketAddress address) {
        this.address = address;
    }

    static LoopbackEcho instance() {
        LoopbackEcho echo = instance;
        if (echo == null) {
            synchronized (LoopbackEcho.class) {
                echo = instance;
                if (echo == null) {
                    echo = start();
                    instance = echo;
                }
            }
        }
        return echo;
    }

    private static LoopbackEcho start() {
        try {
            ServerSocketChannel server = ServerSocketChannel.open();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread.ofPlatform().daemon().name("loopback-echo-accept").start(() -> acceptLoop(server));
            return new LoopbackEcho((InetSocketAddress) server.getLocalAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback echo server on 127.0.0.1", e);
        }
    }

    private static void acceptLoop(ServerSocketChannel server) {
        while (true) {
            try {
                SocketChannel connection = server.accept();
                connection.setOption(StandardSocketOptions.TCP_NODELAY, true);
                Thread.ofPlatform().daemon().name("loopback-echo-conn").start(() -> echo(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void echo(SocketChannel connection) {
        ByteBuffer buffer = ByteBuffer.allocate(MESSAGE);
        try (connection) {
            while (true) {
                buffer.clear();
                while (buffer.hasRemaining()) {
                    if (connection.read(buffer) < 0) {
                        return;
                    }
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    connection.write(buffer);
                }
            }
        } catch (IOException e) {
            // The client went away; nothing to answer.
        }
    }

    /** Sends {@code x} and waits for it to come back, on the calling thread. */
    int roundTrip(int x) {
        SocketChannel channel = blockingChannel.get();
        try {
            if (channel == null || !channel.isOpen()) {
                channel = SocketChannel.open(address);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                blockingChannel.set(channel);
            }
            ByteBuffer buffer = ByteBuffer.allocate(MESSAGE).putInt(0, x);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new IOException("echo server closed the connection");
                }
            }
            return buffer.getInt(0);
        } catch (IOException e) {
            closeQuietly(channel);
            blockingChannel.remove();
            throw Throwables.sneakyThrow(e);
        }
    }

    /** Sends {@code x}; the future completes with the reply on an I/O thread. */
    CompletableFuture<Integer> roundTripAsync(int x) {
        CompletableFuture<Integer> reply = new CompletableFuture<>();
        AsynchronousSocketChannel idle = idleAsync.poll();
        if (idle != null) {
            new Exchange(idle, x, reply).write();
            return reply;
        }
        try {
            AsynchronousSocketChannel channel = AsynchronousSocketChannel.open();
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.connect(address, null, new CompletionHandler<Void, Void>() {
                @Override
                public void completed(Void result, Void attachment) {
                    new Exchange(channel, x, reply).write();
                }

                @Override
                public void failed(Throwable failure, Void attachment) {
                    closeQuietly(channel);
                    reply.completeExceptionally(failure);
                }
            });
        } catch (IOException e) {
            reply.completeExceptionally(e);
        }
        return reply;
    }

    /** One request and its reply on a pooled async channel, driven by completion handlers. */
    private final class Exchange implements CompletionHandler<Integer, Void> {
        private final AsynchronousSocketChannel channel;
        private final ByteBuffer buffer;
        private final CompletableFuture<Integer> reply;
        private boolean reading;

        Exchange(AsynchronousSocketChannel channel, int x, CompletableFuture<Integer> reply) {
            this.channel = channel;
            this.buffer = ByteBuffer.allocate(MESSAGE).putInt(0, x);
            this.reply = reply;
        }

        void write() {
            channel.write(buffer, null, this);
        }

        @Override
        public void completed(Integer bytes, Void attachment) {
            if (bytes < 0) {
                failed(new IOException("echo server closed the connection"), null);
            } else if (buffer.hasRemaining()) {
                if (reading) {
                    channel.read(buffer, null, this);
                } else {
                    channel.write(buffer, null, this);
                }
            } else if (!reading) {
                reading = true;
                buffer.clear();
                channel.read(buffer, null, this);
            } else {
                int value = buffer.getInt(0);
                idleAsync.offer(channel);
                reply.complete(value);
            }
        }

        @Override
        public void failed(Throwable failure, Void attachment) {
            closeQuietly(channel);
            reply.completeExceptionally(failure);
        }
    }

    private static void closeQuietly(AutoCloseable channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (Exception ignored) {
            // Closing after a failure: the failure is what the caller needs to see.
        }
    }
}
