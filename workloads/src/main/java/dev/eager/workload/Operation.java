package dev.eager.workload;

import dev.eager.core.Blocking;
import dev.eager.core.Eager;
import dev.eager.core.Mode;
import dev.eager.core.Throwables;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * One call of a workload (a chain's entry, an orm's "find a user") in each {@link Mode}: the one
 * interface for "a call in SYNC, EAGER or ASYNC". A {@link Stack} is an operation on an {@code int}
 * with a strategy and a depth; the orm's calls take their own arguments.
 *
 * <p>Exceptions are the leaf's own: {@code sync} and {@code eager} throw the object the leaf threw
 * (checked ones too, though undeclared: an {@link java.io.IOException} from the wire, a {@link
 * dev.eager.workload.orm.PgException} from the server); {@code async}'s future fails with it.
 *
 * <p>A strategy builds its operations with one of three factories, one per way its code is
 * written: {@link #asyncOnly} (async code, whose sync API is the eager mode), {@link #withSyncCode}
 * (sync code beside the async code, by hand or generated) and {@link #colourless} (one plain call,
 * run by a runner for async). Each comes twice: for any argument, and for a chain, whose {@code
 * int} input and answer must not be boxed on the measured path (a box of a chain's input allocates
 * 16 bytes once the input leaves the {@code Integer} cache, for no reason that has to do with
 * layers), as {@code IntStream} sits beside {@code Stream}. Strategies whose sync API is another
 * mechanism (a flag passed down, {@code runBlocking}, {@code Mono.block()}) implement the interface
 * themselves.
 *
 * <p>Eager is {@link Eager#run} as a sync facade would call it. For any argument that is the
 * two-argument form, {@code Eager.run(call, argument)}: a lambda capturing the argument would be an
 * object per call wherever the JIT does not inline the whole entry, which under a deep stack (the
 * orm) it does not. A chain's {@code int} would be boxed that way, so a chain's lambda captures it;
 * its entry is inlined and the lambda never allocated.
 */
public interface Operation<A, R> {
    /** Whether the strategy has sync code for this call. */
    boolean hasSync();

    /** The hand-written (or generated, or colourless) sync code; {@link UnsupportedOperationException} if none. */
    R sync(A argument);

    /** The async code run under the eager flag (or the strategy's flag-free equivalent). */
    R eager(A argument);

    /** The async code run for real: returns before pending I/O completes. */
    CompletableFuture<R> async(A argument);

    /** The call in {@code mode}; {@code ASYNC} waits for the future here (see {@link Blocking#await}). */
    default R run(Mode mode, A argument) {
        return switch (mode) {
            case SYNC -> sync(argument);
            case EAGER -> eager(argument);
            case ASYNC -> Blocking.await(async(argument));
        };
    }

    /**
     * A call written once, async ({@code api}): eager is {@link Eager#run} over it, and there is no
     * sync code. A failure thrown rather than returned by {@code api} fails the async future.
     */
    static <A, R> Operation<A, R> asyncOnly(String strategy, Function<A, CompletableFuture<R>> api) {
        return new Operation<>() {
            /** {@code api} as eager's call, made once: the argument is passed, not captured. */
            private final Eager.CallOf<A, R, RuntimeException> call = api::apply;

            @Override
            public boolean hasSync() {
                return false;
            }

            @Override
            public R sync(A argument) {
                throw noSyncCode(strategy);
            }

            @Override
            public R eager(A argument) {
                return Eager.run(call, argument);
            }

            @Override
            public CompletableFuture<R> async(A argument) {
                return failingInstead(api, argument);
            }
        };
    }

    /**
     * {@link #asyncOnly(String, Function)} for a chain of {@code depth} layers: {@code ASYNC} calls
     * {@code entry}, {@code EAGER} is {@link Eager#run} over the same call. A failure {@code entry}
     * throws is not caught: the chain contract checks that the async code returns it.
     */
    static ChainStack asyncOnly(String strategy, int depth, IntFunction<CompletableFuture<Integer>> entry) {
        return new ChainStack(strategy, depth) {
            @Override
            public int eagerAsInt(int x) {
                return Eager.run(() -> entry.apply(x));
            }

            @Override
            public CompletableFuture<Integer> asyncAsInt(int x) {
                return entry.apply(x);
            }
        };
    }

    /**
     * A call written twice, or generated from its async copy: {@code SYNC} is the sync copy; the
     * library's one async entry point switches to it once when eager, else runs the async copy;
     * {@code EAGER} is {@link Eager#run} over that entry point.
     */
    static <A, R> Operation<A, R> withSyncCode(Function<A, R> syncCopy, Function<A, CompletableFuture<R>> asyncCopy) {
        return new Operation<>() {
            /** The entry point as eager's call, made once: the argument is passed, not captured. */
            private final Eager.CallOf<A, R, RuntimeException> entryPoint = this::api;

            @Override
            public boolean hasSync() {
                return true;
            }

            @Override
            public R sync(A argument) {
                return syncCopy.apply(argument);
            }

            @Override
            public R eager(A argument) {
                return Eager.run(entryPoint, argument);
            }

            @Override
            public CompletableFuture<R> async(A argument) {
                try {
                    return api(argument);
                } catch (Throwable failure) {
                    return CompletableFuture.failedFuture(Throwables.unwrap(failure));
                }
            }

            /** The library's one async entry point: it honours the flag by switching to the sync copy. */
            private CompletableFuture<R> api(A argument) {
                return Eager.isEager() ? CompletableFuture.completedFuture(syncCopy.apply(argument))
                        : asyncCopy.apply(argument);
            }
        };
    }

    /** {@link #withSyncCode(Function, Function)} for a chain of {@code depth} layers (failures as in {@link #asyncOnly(String, int, IntFunction)}). */
    static ChainStack withSyncCode(String strategy, int depth, IntUnaryOperator syncCopy,
            IntFunction<CompletableFuture<Integer>> asyncCopy) {
        return new ChainStack(strategy, depth) {
            @Override
            public boolean hasSync() {
                return true;
            }

            @Override
            public int syncAsInt(int x) {
                return syncCopy.applyAsInt(x);
            }

            @Override
            public int eagerAsInt(int x) {
                return Eager.run(() -> api(x));
            }

            @Override
            public CompletableFuture<Integer> asyncAsInt(int x) {
                return api(x);
            }

            /** The library's one async entry point: it honours the flag by switching to the sync copy. */
            private CompletableFuture<Integer> api(int x) {
                return Eager.isEager() ? CompletableFuture.completedFuture(syncCopy.applyAsInt(x)) : asyncCopy.apply(x);
            }
        };
    }

    /**
     * A call written once, colourless: sync and eager are the plain call (it does its I/O on the
     * calling thread, no flag needed); async is the same call handed to a runner (a continuation, a
     * virtual thread) that returns a future.
     */
    static <A, R> Operation<A, R> colourless(Function<A, R> call, Function<A, CompletableFuture<R>> runner) {
        return new Operation<>() {
            @Override
            public boolean hasSync() {
                return true;
            }

            @Override
            public R sync(A argument) {
                return call.apply(argument);
            }

            @Override
            public R eager(A argument) {
                return call.apply(argument);
            }

            @Override
            public CompletableFuture<R> async(A argument) {
                return failingInstead(runner, argument);
            }
        };
    }

    /** {@link #colourless(Function, Function)} for a chain of {@code depth} layers (failures as in {@link #asyncOnly(String, int, IntFunction)}). */
    static ChainStack colourless(String strategy, int depth, IntUnaryOperator call,
            IntFunction<CompletableFuture<Integer>> runner) {
        return new ChainStack(strategy, depth) {
            @Override
            public boolean hasSync() {
                return true;
            }

            @Override
            public int syncAsInt(int x) {
                return call.applyAsInt(x);
            }

            @Override
            public int eagerAsInt(int x) {
                return call.applyAsInt(x);
            }

            @Override
            public CompletableFuture<Integer> asyncAsInt(int x) {
                return runner.apply(x);
            }
        };
    }

    /** {@code start}'s future for {@code argument}; a failure {@code start} throws instead of returning fails the future. */
    private static <A, R> CompletableFuture<R> failingInstead(Function<A, CompletableFuture<R>> start, A argument) {
        try {
            return start.apply(argument);
        } catch (Throwable failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    /** What {@code sync} throws for a strategy whose sync API is its eager mode. */
    private static UnsupportedOperationException noSyncCode(String strategy) {
        return new UnsupportedOperationException(
                "strategy '" + strategy + "' has no sync code: its sync API is the eager mode");
    }
}
