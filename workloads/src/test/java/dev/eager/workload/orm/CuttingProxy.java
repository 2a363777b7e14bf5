package dev.eager.workload.orm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback proxy in front of a real server that can misbehave on cue: drop the connection when
 * the next {@code Query} arrives (the server going away mid-query), or hold the next query until
 * a gate opens (I/O that stays pending for as long as a test wants). Its threads are named
 * {@value #THREAD_PREFIX}... so leak checks can tell them from the stack's.
 */
final class CuttingProxy implements AutoCloseable {
    static final String THREAD_PREFIX = "orm-proxy";

    private final SocketServer upstream;
    private final ServerSocket listener;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicInteger cutsArmed = new AtomicInteger();
    private final AtomicReference<CompletableFuture<?>> hold = new AtomicReference<>();
    private volatile CompletableFuture<?> holdAll = CompletableFuture.completedFuture(null);
    private final AtomicInteger queriesSeen = new AtomicInteger();

    CuttingProxy(SocketServer upstream) throws IOException {
        this.upstream = upstream;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name(THREAD_PREFIX + "-accept").start(this::accept);
    }

    /** The proxy as a server the stacks can connect to. */
    SocketServer server() {
        return new SocketServer(upstream.name() + "-via-proxy",
                new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort()), upstream.credentials());
    }

    /** The next query that arrives closes its connection, both sides, without forwarding it. */
    void cutNextQuery() {
        cutsArmed.incrementAndGet();
    }

    /** The next query that arrives is forwarded only once {@code gate} completes. */
    void holdNextQuery(CompletableFuture<?> gate) {
        hold.set(gate);
    }

    /** Every query that arrives, on any connection, is forwarded only once {@code gate} completes. */
    void holdQueries(CompletableFuture<?> gate) {
        holdAll = gate;
    }

    int queriesSeen() {
        return queriesSeen.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(upstream.address().getAddress(), upstream.address().getPort());
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                Thread.ofPlatform().daemon().name(THREAD_PREFIX + "-up").start(() -> forwardQueries(client, server));
                Thread.ofPlatform().daemon().name(THREAD_PREFIX + "-down").start(() -> pump(server, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Client to server, message by message, so a cut or a hold lands exactly on a query. */
    private void forwardQueries(Socket client, Socket server) {
        try (client; server) {
            InputStream in = client.getInputStream();
            OutputStream out = server.getOutputStream();
            boolean started = false;
            while (true) {
                byte type = 0;
                if (started) {
                    int t = in.read();
                    if (t < 0) {
                        return;
                    }
                    type = (byte) t;
                }
                byte[] lengthBytes = in.readNBytes(4);
                if (lengthBytes.length < 4) {
                    return;
                }
                int length = ByteBuffer.wrap(lengthBytes).getInt();
                byte[] body = in.readNBytes(length - 4);
                if (type == 'Q') {
                    queriesSeen.incrementAndGet();
                    if (cutsArmed.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        return; // closes both sockets: the server went away mid-query
                    }
                    CompletableFuture<?> gate = hold.getAndSet(null);
                    if (gate != null) {
                        gate.join();
                    }
                    holdAll.join();
                }
                if (started) {
                    out.write(type);
                }
                out.write(lengthBytes);
                out.write(body);
                out.flush();
                started = true;
            }
        } catch (IOException e) {
            // One side went away: closing both is what the try does.
        } finally {
            sockets.remove(client);
            sockets.remove(server);
        }
    }

    private static void pump(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // Closed under us by a cut: fine.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already going away.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : List.copyOf(sockets)) {
            closeQuietly(socket);
        }
    }
}
