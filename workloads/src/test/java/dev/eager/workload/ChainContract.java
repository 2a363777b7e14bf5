package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eager.core.Eager;
import dev.eager.core.Mode;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every strategy meets (DESIGN section 3), held against one strategy's chain in each
 * {@link Shape}: the whole class runs once per shape. Each strategy's test is a subclass of a few
 * lines naming the strategy and what it can cancel. A strategy without a chain of some shape has
 * that shape's run skipped, saying so; {@link ShapesTest} fails while any strategy lacks one.
 *
 * <p>No assertion here is on elapsed time: threads are observed through their state, leaves
 * through their counts, exceptions through their identity.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Shape.class)
public abstract class ChainContract {
    /** A stack far too small for 10 000 frames of any strategy. */
    private static final long TINY_STACK = 64 * 1024;
    /** A stack big enough for 10 000 frames of any strategy. */
    private static final long LARGE_STACK = 256L * 1024 * 1024;
    private static final int DEEP = 10_000;
    private static final long PATIENCE_MILLIS = 60_000;

    private final String strategy;
    private final boolean cancelsPendingLeaf;
    private final EagerWait eagerWait;

    /** The shape this run of the suite holds the strategy to. */
    @Parameter
    protected Shape shape;

    protected ChainContract(String strategy, boolean cancelsPendingLeaf) {
        this(strategy, cancelsPendingLeaf, EagerWait.IN_THE_LEAF);
    }

    protected ChainContract(String strategy, boolean cancelsPendingLeaf, EagerWait eagerWait) {
        this.strategy = strategy;
        this.cancelsPendingLeaf = cancelsPendingLeaf;
        this.eagerWait = eagerWait;
    }

    /**
     * Where a blocked eager call waits: in the leaf, whose blocking face the caller's thread uses
     * once ({@link #IN_THE_LEAF}, every strategy of ours); or in a runner of the strategy's own
     * ({@code runBlocking}, {@code block()}) that awaits the leaf's async face, so the blocking
     * face is never used, named by a method on the waiting thread's stack.
     */
    protected record EagerWait(String runnerClass, String runnerMethod) {
        static final EagerWait IN_THE_LEAF = new EagerWait("", "");

        /** The caller parks in {@code runnerClass.runnerMethod}. */
        public static EagerWait inRunner(String runnerClass, String runnerMethod) {
            return new EagerWait(runnerClass, runnerMethod);
        }

        boolean inTheLeaf() {
            return runnerClass.isEmpty();
        }
    }

    /** The strategy this suite holds to the contract (for {@link dev.eager.workload.ContractCoverage}). */
    public final String strategyUnderTest() {
        return strategy;
    }

    @BeforeEach
    void strategyHasAChainOfThisShape() {
        assumeTrue(Workloads.shapes(strategy).contains(shape), strategy + " has no " + shape + " chain in this build");
    }

    /** The strategy's chain in this run's shape. */
    protected IntStack chain(int depth, Leaf leaf) {
        return Workloads.chain(strategy, depth, leaf, shape);
    }

    /** How many times one eager call uses its leaf's blocking face: once where the caller waits in the leaf, else never. */
    private int blockingCallsPerEagerCall() {
        return eagerWait.inTheLeaf() ? 1 : 0;
    }

    /** Waits until a blocked eager call has reached its pending leaf: waits where {@link EagerWait} says. */
    private void awaitEagerCallWaiting(Thread thread, Leaf leaf) throws InterruptedException {
        if (eagerWait.inTheLeaf()) {
            awaitWaitingInLeaf(thread, leaf);
        } else {
            awaitWaitingIn(thread, eagerWait.runnerClass(), eagerWait.runnerMethod());
        }
    }

    /**
     * Checks what a call in {@code mode} got when its pending leaf failed later with {@code
     * failure}: that very object. A peer whose runner copies or wraps it overrides this with what
     * it gets instead.
     */
    protected void assertLateFailureArrived(Throwable failure, Throwable arrived, Mode mode) {
        assertSame(failure, arrived, mode + " got another object than the leaf's own exception");
    }

    @Test
    void strategyIsRegistered() {
        assertTrue(Workloads.strategies().contains(strategy), Workloads.strategies().toString());
        assertEquals(strategy, chain(3, Leaf.READY).strategy());
        assertEquals(3, chain(3, Leaf.READY).depth());
    }

    // 1. The seed's example.

    @Test
    void seedsExampleRunEagerlyGivesSix() {
        // f(x) returns x + 2 = 3 for x = 1; g awaits f(1) and adds 3.
        IntStack g = chain(1, Leaf.READY);
        assertEquals(6, Eager.run(() -> g.async(1)));
        assertEquals(6, g.eager(1));
    }

    // 2. Same answers in every mode.

    static Arguments[] depthsAndInputs() {
        int[] depths = {1, 10, 100};
        int[] inputs = {1, 0, -7, Integer.MAX_VALUE - 302, Integer.MAX_VALUE};
        return Arrays.stream(depths).boxed()
                .flatMap(d -> Arrays.stream(inputs).mapToObj(x -> Arguments.of(d, x)))
                .toArray(Arguments[]::new);
    }

    @ParameterizedTest(name = "depth {0}, x = {1}")
    @MethodSource("depthsAndInputs")
    void everyModeGivesTheSameAnswerWithAReadyLeaf(int depth, int x) throws Exception {
        assertSameAnswerInEveryMode(chain(depth, Leaf.READY), x);
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {1, 10, 100})
    void everyModeGivesTheSameAnswerWithRealLoopbackIo(int depth) throws Exception {
        assertSameAnswerInEveryMode(chain(depth, Leaf.IO), 41);
    }

    private void assertSameAnswerInEveryMode(IntStack stack, int x) throws Exception {
        int expected = Workloads.expectedChain(x, stack.depth());
        assertEquals(expected, stack.eagerAsInt(x), "EAGER");
        assertEquals(expected, stack.eager(x), "EAGER boxed");
        assertEquals(expected, stack.async(x).toCompletableFuture().get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS), "ASYNC");
        if (stack.hasSync()) {
            assertEquals(expected, stack.syncAsInt(x), "SYNC");
        } else {
            assertThrows(UnsupportedOperationException.class, () -> stack.syncAsInt(x), "SYNC");
        }
    }

    // 3. Exceptions.

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {1, 50})
    void eagerCallRethrowsTheLeafsOwnUncheckedException(int depth) {
        IllegalStateException failure = new IllegalStateException("leaf failed");
        IntStack stack = chain(depth, Leaf.failing(failure));
        assertSame(failure, assertThrows(IllegalStateException.class, () -> stack.eagerAsInt(1)));
        assertFalse(Eager.isEager(), "flag left on after a throw");
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {1, 50})
    void eagerCallRethrowsTheLeafsOwnCheckedException(int depth) {
        IOException failure = new IOException("connection reset");
        IntStack stack = chain(depth, Leaf.failing(failure));
        assertSame(failure, assertThrows(IOException.class, () -> stack.eagerAsInt(1)));
    }

    @Test
    void eagerExceptionShowsEveryLayerInItsStackTrace() {
        IllegalArgumentException failure = new IllegalArgumentException("bad row");
        int depth = 12;
        IntStack stack = chain(depth, Leaf.failing(failure));
        assertThrows(IllegalArgumentException.class, () -> stack.eagerAsInt(1));
        List<StackTraceElement> layerFrames = Arrays.stream(failure.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("dev.eager.workload."))
                .filter(frame -> frame.getMethodName().startsWith("layer"))
                .toList();
        String trace = Arrays.toString(failure.getStackTrace());
        long layers = layerFrames.stream().map(StackTraceElement::getMethodName).distinct().count();
        assertTrue(layers >= depth, "expected the " + depth + " layers in the trace, found " + layers + ": " + trace);
        // The trace also shows the shape: one class holding every layer, or a class per layer.
        long classes = layerFrames.stream().map(StackTraceElement::getClassName).distinct().count();
        if (shape == Shape.METHODS) {
            assertEquals(1, classes, "METHODS: every layer a method of one class: " + trace);
        } else {
            assertTrue(classes >= depth, "CLASSES: expected a class per layer, found " + classes + ": " + trace);
        }
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {1, 50})
    void asyncFutureFailsWithTheLeafsOwnUncheckedException(int depth) {
        IllegalStateException failure = new IllegalStateException("leaf failed");
        assertAsyncFailsWith(failure, chain(depth, Leaf.failing(failure)).async(1));
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {1, 50})
    void asyncFutureFailsWithTheLeafsOwnCheckedException(int depth) {
        IOException failure = new IOException("connection reset");
        assertAsyncFailsWith(failure, chain(depth, Leaf.failing(failure)).async(1));
    }

    @Test
    void exceptionArrivingLaterFailsTheAsyncFutureWithThatObject() {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        CompletionStage<Integer> result = chain(10, Leaf.gated(gate)).async(1);
        IOException failure = new IOException("server went away");
        gate.completeExceptionally(failure);
        assertLateFailureArrived(failure, asyncFailure(result), Mode.ASYNC);
    }

    @Test
    void exceptionArrivingLaterReachesTheBlockedEagerCallerAsItself() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        Outcome outcome = eagerCallWaitingFor(Leaf.gated(gate));
        IOException failure = new IOException("server went away");
        gate.completeExceptionally(failure);
        assertLateFailureArrived(failure, outcome.failure(), Mode.EAGER);
    }

    private static void assertAsyncFailsWith(Throwable failure, CompletionStage<Integer> result) {
        assertSame(failure, asyncFailure(result));
    }

    /** What {@code result} failed with (it must fail, within the patience). */
    private static Throwable asyncFailure(CompletionStage<Integer> result) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> result.toCompletableFuture().get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS));
        return e.getCause();
    }

    /** An eager call of a depth-10 chain over {@code leaf}, started on its own thread, once it waits for the leaf. */
    private Outcome eagerCallWaitingFor(Leaf.Gated leaf) throws InterruptedException {
        IntStack stack = chain(10, leaf);
        Outcome outcome = Outcome.inThread(() -> stack.eagerAsInt(1));
        awaitEagerCallWaiting(outcome.thread, leaf);
        return outcome;
    }

    // 4. A leaf that must really wait.

    @Test
    void eagerBlocksTheCallerUntilTheIoIsDone() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        Leaf.Gated leaf = Leaf.gated(gate);
        Outcome outcome = eagerCallWaitingFor(leaf);
        assertTrue(outcome.thread.isAlive(), "the eager call returned before its I/O was done");
        gate.complete(null);
        assertEquals(Workloads.expectedChain(1, 10), outcome.value());
        assertEquals(blockingCallsPerEagerCall(), leaf.blockingCalls(), "the eager call's uses of the leaf's blocking face");
    }

    @Test
    void asyncReturnsBeforeTheIoCompletesAndWaitsOnNoThread() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        Leaf.Gated leaf = Leaf.gated(gate);
        CompletableFuture<Integer> result = chain(10, leaf).async(1).toCompletableFuture();
        assertFalse(result.isDone(), "async call completed before its I/O");
        gate.complete(null);
        assertEquals(Workloads.expectedChain(1, 10), result.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS));
        assertEquals(0, leaf.blockingCalls(), "a thread blocked waiting for the async call's I/O");
    }

    @Test
    void asyncOverRealIoNeverBlocksAThreadAndEagerBlocksTheCaller() throws Exception {
        IntStack stack = chain(10, Leaf.IO);
        long before = Leaf.IO.blockingCalls();
        assertEquals(Workloads.expectedChain(5, 10), stack.async(5).toCompletableFuture().get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS));
        assertEquals(before, Leaf.IO.blockingCalls(), "ASYNC used the blocking socket");
        assertEquals(Workloads.expectedChain(5, 10), stack.eagerAsInt(5));
        assertEquals(before + blockingCallsPerEagerCall(), Leaf.IO.blockingCalls(), "EAGER's uses of the blocking socket");
    }

    // 5. The flag stays where it was set.

    @Test
    void flagIsOffBeforeAndAfterAnEagerCall() {
        IntStack stack = chain(5, Leaf.READY);
        assertFalse(Eager.isEager());
        stack.eagerAsInt(1);
        assertFalse(Eager.isEager());
    }

    @Test
    void flagIsOffAfterAnEagerCallThrows() {
        IntStack stack = chain(5, Leaf.failing(new IllegalStateException()));
        assertThrows(IllegalStateException.class, () -> stack.eagerAsInt(1));
        assertFalse(Eager.isEager());
    }

    @Test
    void workHandedToAnotherThreadOrExecutorDoesNotInheritTheFlag() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            AtomicBoolean onInThread = new AtomicBoolean(true);
            AtomicBoolean onInCaller = new AtomicBoolean();
            Future<Boolean> inExecutor = Eager.run(() -> {
                onInCaller.set(Eager.isEager());
                Thread thread = Thread.ofPlatform().start(() -> onInThread.set(Eager.isEager()));
                thread.join();
                return CompletableFuture.completedFuture(executor.submit(Eager::isEager));
            });
            assertTrue(onInCaller.get());
            assertFalse(onInThread.get(), "a new thread inherited the flag");
            assertFalse(inExecutor.get(), "an executor's task inherited the flag");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void asyncWorkStartedInsideEagerCodeRunsAsyncForReal() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        Leaf.Gated leaf = Leaf.gated(gate);
        IntStack stack = chain(10, leaf);
        AtomicBoolean flagInPool = new AtomicBoolean(true);
        int value = Eager.run(() -> CompletableFuture
                .supplyAsync(() -> {
                    flagInPool.set(Eager.isEager());
                    return stack.async(1);
                })
                .thenCompose(started -> {
                    gate.complete(null);
                    return started;
                }));
        assertEquals(Workloads.expectedChain(1, 10), value);
        assertFalse(flagInPool.get(), "supplyAsync's task saw the flag");
        assertEquals(0, leaf.blockingCalls(), "the async work started inside eager code blocked");
    }

    @Test
    void eagerCallNestedInsideAsyncCodeWorks() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        IntStack outer = chain(10, Leaf.gated(gate));
        IntStack inner = chain(5, Leaf.READY);
        AtomicBoolean flagAfterInner = new AtomicBoolean(true);
        CompletableFuture<Integer> result = outer.async(1).toCompletableFuture().thenApply(v -> {
            int nested = inner.eagerAsInt(v);
            flagAfterInner.set(Eager.isEager());
            return nested;
        });
        Thread.ofPlatform().start(() -> gate.complete(null));
        assertEquals(Workloads.expectedChain(Workloads.expectedChain(1, 10), 5),
                result.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS));
        assertFalse(flagAfterInner.get());
    }

    @Test
    void eagerCallNestedInsideAnotherKeepsTheOuterFlag() {
        IntStack inner = chain(5, Leaf.READY);
        AtomicBoolean flagAfterInner = new AtomicBoolean();
        int value = Eager.run(() -> {
            int nested = inner.eagerAsInt(1);
            flagAfterInner.set(Eager.isEager());
            return CompletableFuture.completedFuture(nested);
        });
        assertEquals(Workloads.expectedChain(1, 5), value);
        assertTrue(flagAfterInner.get(), "the inner eager call turned the outer flag off");
        assertFalse(Eager.isEager());
    }

    // 6. Interrupts and cancellation.

    @Test
    void interruptingABlockedEagerCallMakesItThrowInterruptedException() throws Exception {
        Interrupted call = interruptABlockedEagerCall(Leaf.gated(new CompletableFuture<Void>()));
        assertInstanceOf(InterruptedException.class, call.failure());
        assertFalse(call.interruptStatusAfter(), "InterruptedException thrown with the interrupt status still set");
    }

    /** What an eager call blocked in a pending leaf did when its thread was interrupted. */
    protected record Interrupted(Throwable failure, boolean interruptStatusAfter) {
    }

    /** Starts an eager call over {@code leaf} (never completed) on its own thread, interrupts it once it waits, and says what it did. */
    protected Interrupted interruptABlockedEagerCall(Leaf.Gated leaf) throws InterruptedException {
        IntStack stack = chain(10, leaf);
        AtomicBoolean interruptStatusAfter = new AtomicBoolean(true);
        Outcome outcome = Outcome.inThread(() -> {
            try {
                return stack.eagerAsInt(1);
            } finally {
                interruptStatusAfter.set(Thread.currentThread().isInterrupted());
            }
        });
        awaitEagerCallWaiting(outcome.thread, leaf);
        outcome.thread.interrupt();
        return new Interrupted(outcome.failure(), interruptStatusAfter.get());
    }

    @Test
    void cancellingTheAsyncFutureCancelsThePendingLeafWhereTheStrategyCan() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        Leaf.Gated leaf = Leaf.gated(gate);
        CompletableFuture<Integer> result = chain(10, leaf).async(1).toCompletableFuture();
        assertTrue(result.cancel(true));
        assertThrows(CancellationException.class, result::join);
        if (cancelsPendingLeaf) {
            awaitCount(leaf::cancelledCalls, 1);
            assertEquals(1, leaf.cancelledCalls(), strategy + " should cancel its pending leaf");
        } else {
            gate.complete(null);
            assertEquals(0, leaf.cancelledCalls(), strategy + " is documented as not cancelling its leaf");
            assertTrue(result.isCancelled());
        }
    }

    // 7. Deep stacks.

    @Test
    void eagerAtDepth10000OverflowsExactlyWhenPlainSyncCodeOfThatDepthDoes() throws Exception {
        IntStack stack = chain(DEEP, Leaf.READY);
        for (long stackSize : new long[] {TINY_STACK, LARGE_STACK}) {
            boolean plainOverflows = overflows(stackSize, () -> PlainSync.layers(1, DEEP));
            boolean eagerOverflows = overflows(stackSize, () -> stack.eagerAsInt(1));
            assertEquals(plainOverflows, eagerOverflows, "stack size " + stackSize);
        }
        assertTrue(overflows(TINY_STACK, () -> PlainSync.layers(1, DEEP)), "plain code fitted in the tiny stack");
        assertFalse(overflows(LARGE_STACK, () -> PlainSync.layers(1, DEEP)), "plain code overflowed the large stack");
        assertEquals(Workloads.expectedChain(1, DEEP), Outcome.inThread(LARGE_STACK, () -> stack.eagerAsInt(1)).value());
    }

    @Test
    void asyncCompletionOfADepth10000ChainDoesNotOverflowTheCompletingThread() throws Exception {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        IntStack stack = chain(DEEP, Leaf.gated(gate));
        AtomicReference<CompletableFuture<Integer>> started = new AtomicReference<>();
        Outcome.inThread(LARGE_STACK, () -> {
            started.set(stack.async(1).toCompletableFuture());
            return 0;
        }).value();
        assertFalse(started.get().isDone());
        // Completed from a thread with a small stack: a completion that recursed per layer overflows.
        Outcome completion = Outcome.inThread(TINY_STACK * 4, () -> {
            gate.complete(null);
            return 0;
        });
        completion.value();
        assertEquals(Workloads.expectedChain(1, DEEP), started.get().get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS));
    }

    private static boolean overflows(long stackSize, IntSupplier body) throws InterruptedException {
        Outcome outcome = Outcome.inThread(stackSize, body);
        outcome.thread.join(PATIENCE_MILLIS);
        Throwable failure = outcome.failureOrNull();
        if (failure != null && !(failure instanceof StackOverflowError)) {
            fail("expected a value or StackOverflowError", failure);
        }
        return failure != null;
    }

    /** Hand-written sync code of any depth: the reference for stack use. */
    static final class PlainSync {
        static int layers(int x, int depth) {
            return depth == 0 ? Leaf.compute(x) : layers(x, depth - 1) + 3;
        }
    }

    // Helpers: threads observed by state, never by elapsed time.

    /**
     * Waits until {@code thread} waits for {@code leaf}'s I/O: the leaf has been asked (through
     * either face: most strategies block in it, a runner such as Kotlin's {@code runBlocking} parks
     * on its async face) and the thread waits. Any waiting state alone is not enough (a class
     * initialisation lock on the way down also waits). Bounded, so a broken strategy fails instead
     * of hanging.
     */
    static void awaitWaitingInLeaf(Thread thread, Leaf leaf) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
        while (thread.isAlive()) {
            Thread.State state = thread.getState();
            if (leaf.blockingCalls() + leaf.asyncCalls() > 0 && (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail(thread + " never waited in the leaf (state " + state + ", blocking calls " + leaf.blockingCalls()
                        + ", async calls " + leaf.asyncCalls() + ")");
            }
            Thread.sleep(1);
        }
    }

    /**
     * Waits until {@code thread} is parked with a frame of {@code className}.{@code method} on its
     * stack: a thread merely blocked (on a class-initialisation lock, say) has not reached the wait
     * we mean yet. Bounded, so a strategy that never waits there fails instead of hanging.
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

    static void awaitCount(java.util.function.LongSupplier count, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
        while (count.getAsLong() < expected && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    /** A call run on its own platform thread, with its value or failure. */
    static final class Outcome {
        final Thread thread;
        private final AtomicReference<Object> result = new AtomicReference<>();

        private Outcome(long stackSize, IntSupplier body) {
            this.thread = Thread.ofPlatform().stackSize(stackSize).unstarted(() -> {
                try {
                    result.set(body.getAsInt());
                } catch (Throwable t) {
                    result.set(new Failure(t));
                }
            });
            thread.start();
        }

        static Outcome inThread(IntSupplier body) {
            return new Outcome(0, body);
        }

        static Outcome inThread(long stackSize, IntSupplier body) {
            return new Outcome(stackSize, body);
        }

        int value() throws InterruptedException {
            Object r = finished();
            if (r instanceof Failure f) {
                throw new AssertionError("expected a value", f.cause);
            }
            return (Integer) r;
        }

        Throwable failure() throws InterruptedException {
            Throwable t = failureOrNull();
            assertNotSame(null, t, "expected a failure, got " + result.get());
            return t;
        }

        Throwable failureOrNull() throws InterruptedException {
            return finished() instanceof Failure f ? f.cause : null;
        }

        private Object finished() throws InterruptedException {
            thread.join(PATIENCE_MILLIS);
            if (thread.isAlive()) {
                fail(thread + " still running: the call hangs");
            }
            return result.get();
        }

        private record Failure(Throwable cause) {
        }
    }
}
