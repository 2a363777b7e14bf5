package dev.eager.workload.orm;

import dev.eager.core.Blocking;
import dev.eager.core.Eager;
import dev.eager.core.Mode;
import dev.eager.core.Throwables;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One call of an orm stack (find a user, fan out over posts...) in each {@link Mode}. As with
 * {@link dev.eager.workload.Stack}, {@code sync} and {@code eager} throw the leaf's own exception
 * (an {@link java.io.IOException} from the wire, a {@link PgException} from the server), and
 * {@code async}'s future fails with that same object.
 */
public interface Operation<A, R> {
    /** Whether the strategy has sync code for this call. */
    boolean hasSync();

    R sync(A argument);

    R eager(A argument);

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
    static <A, R> Operation<A, R> async(String strategy, Function<A, CompletableFuture<R>> api) {
        return new Operation<>() {
            @Override
            public boolean hasSync() {
                return false;
            }

            @Override
            public R sync(A argument) {
                throw new UnsupportedOperationException(
                        "strategy '" + strategy + "' has no sync code: its sync API is the eager mode");
            }

            @Override
            public R eager(A argument) {
                return Eager.run(() -> api.apply(argument));
            }

            @Override
            public CompletableFuture<R> async(A argument) {
                try {
                    return api.apply(argument);
                } catch (Throwable failure) {
                    return CompletableFuture.failedFuture(failure);
                }
            }
        };
    }

    /**
     * A call written twice: {@code sync} is the sync copy; the async entry point switches to it
     * once when eager, else runs the async copy.
     */
    static <A, R> Operation<A, R> duplicated(Function<A, R> syncCopy, Function<A, CompletableFuture<R>> asyncCopy) {
        return new Operation<>() {
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
                return Eager.run(() -> api(argument));
            }

            @Override
            public CompletableFuture<R> async(A argument) {
                try {
                    return api(argument);
                } catch (Throwable failure) {
                    return CompletableFuture.failedFuture(Throwables.unwrap(failure));
                }
            }

            private CompletableFuture<R> api(A argument) {
                return Eager.isEager() ? CompletableFuture.completedFuture(syncCopy.apply(argument))
                        : asyncCopy.apply(argument);
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
                try {
                    return runner.apply(argument);
                } catch (Throwable failure) {
                    return CompletableFuture.failedFuture(failure);
                }
            }
        };
    }
}
