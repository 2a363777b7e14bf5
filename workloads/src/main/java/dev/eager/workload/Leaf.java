package dev.eager.workload;

import dev.eager.core.Blocking;
import dev.eager.core.Throwables;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The method at the bottom of a stack: it computes {@code x + 2}, the seed's {@code f}, after
 * whatever I/O it stands for.
 *
 * <p>Every leaf has a blocking face ({@link #value}, used by sync and eager code: it does the I/O
 * on the calling thread) and a non-blocking one ({@link #valueAsync}, used by async code: it
 * returns at once and never blocks a thread while the I/O is pending). Each counts how often its
 * blocking face ran, so tests can assert which face a mode used.
 */
public abstract sealed class Leaf {
    /** A value at hand: no I/O. */
    public static final Leaf READY = new Ready();
    /** A real loopback TCP round trip to an echo server this JVM starts on 127.0.0.1. */
    public static final Leaf IO = new LoopbackIo();

    Leaf() {
    }

    /**
     * A leaf that throws {@code failure} itself (the same object, checked or not). It fills in the
     * stack trace where it throws, as a freshly created exception would, so the trace shows the
     * layers above the leaf.
     */
    public static Leaf failing(Throwable failure) {
        return new Failing(Objects.requireNonNull(failure, "failure"));
    }

    /**
     * A leaf whose I/O completes when {@code gate} does (then it computes {@code x + 2}, or fails
     * with the gate's exception): I/O that is pending for as long as a test wants. Blocking
     * callers wait on the gate interruptibly; cancelling the future of {@link #valueAsync} is
     * recorded in {@link #cancelledCalls()}.
     */
    public static Gated gated(CompletionStage<?> gate) {
        return new Gated(Objects.requireNonNull(gate, "gate"));
    }

    /** The leaf's answer for {@code x}, doing its I/O on the calling thread. */
    public abstract int value(int x);

    /** A future of the leaf's answer for {@code x}; returns at once, never blocks while pending. */
    public abstract CompletableFuture<Integer> valueAsync(int x);

    /**
     * How often {@link #value} ran: a blocking wait on the caller's thread. Counted only by leaves
     * that wait (so a benchmark's ready leaf carries no counter); 0 for the others.
     */
    public long blockingCalls() {
        return 0;
    }

    /** How often {@link #valueAsync} ran: the I/O started without blocking. Counted as {@link #blockingCalls}. */
    public long asyncCalls() {
        return 0;
    }

    /** Whether {@link #valueAsync} may return a future that is not complete yet. */
    public abstract boolean waits();

    /** A leaf that really waits: counts how often each face ran, so tests can tell which a mode used. */
    public abstract static sealed class Waiting extends Leaf {
        Waiting() {
        }

        private final AtomicLong blockingCalls = new AtomicLong();
        private final AtomicLong asyncCalls = new AtomicLong();

        @Override
        public final int value(int x) {
            blockingCalls.incrementAndGet();
            return blockingValue(x);
        }

        @Override
        public final CompletableFuture<Integer> valueAsync(int x) {
            asyncCalls.incrementAndGet();
            return asyncValue(x);
        }

        @Override
        public final long blockingCalls() {
            return blockingCalls.get();
        }

        @Override
        public final long asyncCalls() {
            return asyncCalls.get();
        }

        @Override
        public final boolean waits() {
            return true;
        }

        abstract int blockingValue(int x);

        abstract CompletableFuture<Integer> asyncValue(int x);
    }

    /** The computation every leaf stands for. */
    public static int compute(int x) {
        return x + 2;
    }

    private static final class Ready extends Leaf {
        @Override
        public int value(int x) {
            return compute(x);
        }

        @Override
        public CompletableFuture<Integer> valueAsync(int x) {
            return CompletableFuture.completedFuture(compute(x));
        }

        @Override
        public boolean waits() {
            return false;
        }

        @Override
        public String toString() {
            return "READY";
        }
    }

    private static final class LoopbackIo extends Waiting {
        @Override
        int blockingValue(int x) {
            return compute(LoopbackEcho.instance().roundTrip(x));
        }

        @Override
        CompletableFuture<Integer> asyncValue(int x) {
            return LoopbackEcho.instance().roundTripAsync(x).thenApply(Leaf::compute);
        }

        @Override
        public String toString() {
            return "IO";
        }
    }

    private static final class Failing extends Leaf {
        private final Throwable failure;

        Failing(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public int value(int x) {
            failure.fillInStackTrace();
            throw Throwables.sneakyThrow(failure);
        }

        @Override
        public CompletableFuture<Integer> valueAsync(int x) {
            failure.fillInStackTrace();
            return CompletableFuture.failedFuture(failure);
        }

        @Override
        public boolean waits() {
            return false;
        }

        @Override
        public String toString() {
            return "failing(" + failure + ")";
        }
    }

    /** See {@link Leaf#gated}. */
    public static final class Gated extends Waiting {
        private final CompletionStage<?> gate;
        private final AtomicLong cancelledCalls = new AtomicLong();

        Gated(CompletionStage<?> gate) {
            this.gate = gate;
        }

        @Override
        int blockingValue(int x) {
            Blocking.await(gate);
            return compute(x);
        }

        @Override
        CompletableFuture<Integer> asyncValue(int x) {
            CompletableFuture<Integer> io = gate.thenApply(ignored -> compute(x)).toCompletableFuture();
            io.whenComplete((value, failure) -> {
                if (io.isCancelled()) {
                    cancelledCalls.incrementAndGet();
                }
            });
            return io;
        }

        /** How many futures returned by {@link #valueAsync} were cancelled while pending. */
        public long cancelledCalls() {
            return cancelledCalls.get();
        }

        @Override
        public String toString() {
            return "gated";
        }
    }
}
