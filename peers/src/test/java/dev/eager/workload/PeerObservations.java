package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the peers' documented differences observe: where a thread waits, what a future failed with. */
final class PeerObservations {
    static final long PATIENCE_MILLIS = 60_000;

    private PeerObservations() {
    }

    /**
     * Waits until {@code thread} is parked with a frame of {@code className}.{@code method} on its
     * stack: a thread merely blocked (on a class-initialisation lock, say) has not reached the wait
     * we mean yet. Bounded, so a peer that never waits there fails instead of hanging.
     */
    static void awaitWaitingIn(Thread thread, String className, String method) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
        StackTraceElement[] frames = {};
        while (thread.isAlive() && System.nanoTime() < deadline) {
            Thread.State state = thread.getState();
            frames = thread.getStackTrace();
            boolean inMethod = Arrays.stream(frames)
                    .anyMatch(f -> f.getClassName().equals(className) && f.getMethodName().equals(method));
            if (inMethod && (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)) {
                return;
            }
            Thread.sleep(1);
        }
        fail(thread + " never waited in " + className + "." + method + ": " + Arrays.toString(frames));
    }

    /** The exception {@code stage} failed with. */
    static Throwable failureOf(CompletionStage<?> stage) {
        try {
            stage.toCompletableFuture().get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(stage + " did not complete", e);
        }
        return fail("expected " + stage + " to fail");
    }
}
