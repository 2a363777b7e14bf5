package dev.eager.workload.orm;

import java.util.concurrent.atomic.AtomicLong;

/** What one orm stack sent and opened: tests read it to see which calls reached the server. */
public final class Traffic {
    private final AtomicLong queries = new AtomicLong();
    private final AtomicLong opened = new AtomicLong();
    private final AtomicLong closed = new AtomicLong();

    /** A {@code Query} message is on its way. */
    public void queried() {
        queries.incrementAndGet();
    }

    public void opened() {
        opened.incrementAndGet();
    }

    public void closed() {
        closed.incrementAndGet();
    }

    /** Queries sent to the server so far. */
    public long queries() {
        return queries.get();
    }

    /** Connections opened and not yet closed. */
    public long openConnections() {
        return opened.get() - closed.get();
    }

    /** Connections ever opened. */
    public long connectionsOpened() {
        return opened.get();
    }
}
