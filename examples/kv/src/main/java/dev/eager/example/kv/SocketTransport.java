package dev.eager.example.kv;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

/**
 * A TCP connection to a store: requests are written in order and replies come back in that order,
 * read by one thread that completes the oldest pending future. A lost connection completes every
 * pending future, and every later one, with the {@link IOException} that lost it.
 */
public final class SocketTransport implements Transport {
    private final Socket socket;
    private final Writer out;
    private final Queue<CompletableFuture<String>> pending = new ArrayDeque<>();
    private IOException lost;

    private SocketTransport(Socket socket) throws IOException {
        this.socket = socket;
        this.out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readReplies, "kv-replies-" + socket.getLocalPort());
        reader.setDaemon(true);
        reader.start();
    }

    public static SocketTransport connect(InetSocketAddress address) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address);
        return new SocketTransport(socket);
    }

    @Override
    public synchronized CompletableFuture<String> send(String request) {
        if (lost != null) {
            return CompletableFuture.failedFuture(lost);
        }
        CompletableFuture<String> reply = new CompletableFuture<>();
        pending.add(reply);
        try {
            out.write(request);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            lose(e);
        }
        return reply;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void readReplies() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                CompletableFuture<String> oldest;
                synchronized (this) {
                    oldest = pending.remove();
                }
                oldest.complete(line);
            }
            lose(new EOFException("the store closed the connection"));
        } catch (IOException e) {
            lose(e);
        }
    }

    private synchronized void lose(IOException cause) {
        if (lost == null) {
            lost = cause;
        }
        for (CompletableFuture<String> waiting = pending.poll(); waiting != null; waiting = pending.poll()) {
            waiting.completeExceptionally(lost);
        }
    }
}
