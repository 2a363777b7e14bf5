package dev.eager.strategy.continuations;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default threads that resume continuations once their awaited stage completes: a work-stealing
 * pool, one daemon thread per core, named {@code eager-carrier-N}.
 *
 * <p>Why a pool of our own rather than the thread that completes the stage: that thread is often an
 * I/O thread (a selector loop) or someone else's code, which must not run the rest of our body;
 * why a {@link ForkJoinPool}: a continuation whose yield is refused blocks its carrier, and the
 * pool's managed blocking ({@code CompletableFuture.get} uses it) adds a thread meanwhile, so a few
 * pinned waits cannot starve the others.
 */
final class Carriers {
    static final String NAME_PREFIX = "eager-carrier-";
    private static final AtomicInteger COUNT = new AtomicInteger();
    static final ForkJoinPool POOL = new ForkJoinPool(
            Runtime.getRuntime().availableProcessors(), Carriers::newCarrier, null, true);

    private Carriers() {
    }

    private static ForkJoinWorkerThread newCarrier(ForkJoinPool pool) {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setName(NAME_PREFIX + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
