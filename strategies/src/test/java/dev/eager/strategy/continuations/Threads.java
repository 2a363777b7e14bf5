package dev.eager.strategy.continuations;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;

/** Observing threads by state, bounded so that a broken strategy fails instead of hanging. */
final class Threads {
    private static final long PATIENCE_MILLIS = 60_000;

    private Threads() {
    }

    /** Waits until {@code thread} parks or blocks (or ends). */
    static void awaitBlocked(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
        while (thread.isAlive()) {
            Thread.State state = thread.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail(thread + " never blocked");
            }
            Thread.sleep(1);
        }
    }
}
