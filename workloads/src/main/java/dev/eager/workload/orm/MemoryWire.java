package dev.eager.workload.orm;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * A connection to the memory server: every complete message the client writes is answered with
 * the recorded reply, which reads then hand back. No syscall, no thread, never waits: what is left
 * of a query's cost is the CPU cost of the layers. Both faces work and complete at once.
 */
final class MemoryWire extends Wire {
    private final Recording recording;
    private final boolean blocking;
    private final ArrayDeque<ByteBuffer> toClient = new ArrayDeque<>();
    private ByteBuffer fromClient = ByteBuffer.allocate(0);
    private boolean started;
    private boolean terminated;

    MemoryWire(Recording recording, boolean blocking) {
        this.recording = recording;
        this.blocking = blocking;
    }

    @Override
    public boolean blocking() {
        return blocking;
    }

    @Override
    public int read(ByteBuffer dst) {
        ByteBuffer head = toClient.peek();
        if (head == null) {
            if (terminated || !isOpen()) {
                return -1;
            }
            throw new IllegalStateException("the client waits for a reply, but no message it sent has one");
        }
        int n = Math.min(head.remaining(), dst.remaining());
        dst.put(dst.position(), head, head.position(), n).position(dst.position() + n);
        head.position(head.position() + n);
        if (!head.hasRemaining()) {
            toClient.poll();
        }
        return n;
    }

    @Override
    public void write(ByteBuffer src) {
        if (!fromClient.hasRemaining() && isWholeMessage(src)) {
            answer(src);
            src.position(src.limit());
            return;
        }
        ByteBuffer joined = ByteBuffer.allocate(fromClient.remaining() + src.remaining());
        joined.put(fromClient).put(src).flip();
        fromClient = joined;
        while (isWholeMessage(fromClient)) {
            int length = messageLength(fromClient);
            answer(fromClient.slice(fromClient.position(), length));
            fromClient.position(fromClient.position() + length);
        }
    }

    private boolean isWholeMessage(ByteBuffer b) {
        int header = started ? 5 : 4;
        return b.remaining() >= header && b.remaining() >= messageLength(b);
    }

    private int messageLength(ByteBuffer b) {
        return started ? 1 + b.getInt(b.position() + 1) : b.getInt(b.position());
    }

    private void answer(ByteBuffer message) {
        started = true;
        if (message.get(message.position()) == 'X') {
            terminated = true;
            return;
        }
        toClient.add(ByteBuffer.wrap(recording.replyTo(message)));
    }

    @Override
    public CompletableFuture<Integer> readAsync(ByteBuffer dst) {
        return CompletableFuture.completedFuture(read(dst));
    }

    @Override
    public CompletableFuture<Void> writeAsync(ByteBuffer src) {
        write(src);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    protected void release() {
        toClient.clear();
    }

    @Override
    public String toString() {
        return "MemoryWire";
    }
}
