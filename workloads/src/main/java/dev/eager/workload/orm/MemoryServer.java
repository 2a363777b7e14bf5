package dev.eager.workload.orm;

import java.util.concurrent.CompletableFuture;

/**
 * The {@code memory} server: replays a real server's recorded bytes (see {@link Recording}) over
 * {@link MemoryWire}s, isolating the CPU cost of the layers from any I/O.
 */
final class MemoryServer implements OrmServer {
    private final Recording recording;
    private final Credentials credentials;

    MemoryServer(Recording recording, Credentials credentials) {
        this.recording = recording;
        this.credentials = credentials;
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public Credentials credentials() {
        return credentials;
    }

    @Override
    public Wire connect() {
        return new MemoryWire(recording, true);
    }

    @Override
    public CompletableFuture<Wire> connectAsync() {
        return CompletableFuture.completedFuture(new MemoryWire(recording, false));
    }

    /** Replies recorded from the live server so far (they grow only with queries never seen before). */
    long recorded() {
        return recording.recorded();
    }

    @Override
    public String toString() {
        return "memory (replaying recorded replies)";
    }
}
