package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.assertTrue;
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

    /** Asserts that {@code thread} (blocked) has a frame of {@code className}.{@code method} on its stack. */
    static void assertWaitsIn(Thread thread, String className, String method) {
        StackTraceElement[] frames = thread.getStackTrace();
        assertTrue(Arrays.stream(frames)
                        .anyMatch(f -> f.getClassName().equals(className) && f.getMethodName().equals(method)),
                thread + " is not waiting in " + className + "." + method + ": " + Arrays.toString(frames));
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
