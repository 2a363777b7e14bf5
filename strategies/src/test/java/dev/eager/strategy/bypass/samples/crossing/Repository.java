package dev.eager.strategy.bypass.samples.crossing;

import static dev.eager.strategy.bypass.Await.await;
import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.bypass.Async;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/** Hands the pool callbacks: a capturing lambda, a method reference, and a lambda that awaits. */
public final class Repository implements Layer {
    private final Pool pool = new Pool();
    private final CompletableFuture<Integer> io;

    public Repository(CompletableFuture<Integer> io) {
        this.io = io;
    }

    /** connection + x + 2 + 3, through a capturing lambda. */
    @Async
    @Override
    public CompletableFuture<Integer> get(int x) {
        try {
            return completedFuture(await(pool.with(connection -> lookup(connection, x))) + 3);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** connection + 2, through a method reference. */
    @Async
    public CompletableFuture<Integer> referenced() throws IOException {
        return pool.with(Leaves::plusTwo);
    }

    /** connection + io's value + 1, through a lambda that awaits a pending stage itself. */
    @Async
    public CompletableFuture<Integer> waiting() throws IOException {
        Pool.Work<Integer> work = connection -> completedFuture(await(Leaves.after(io, connection)) + 1);
        return completedFuture(await(pool.with(work)));
    }

    @Async
    private CompletableFuture<Integer> lookup(int connection, int x) {
        return completedFuture(await(Leaves.plusTwo(connection + x)) + 0);
    }
}
