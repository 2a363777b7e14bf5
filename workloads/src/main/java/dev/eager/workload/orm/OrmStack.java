package dev.eager.workload.orm;

import dev.eager.workload.Operation;
import dev.eager.workload.Stack;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * One strategy's orm stack over one server: the repository at the top, the wire at the bottom
 * (repository, query set, SQL compiler, cursor, row mapper, connection, pool, protocol, codec,
 * transport). As a {@link Stack} it is {@code findById}: {@code eager(7)} is user 7.
 *
 * @param findById  a user by primary key through the query set's cache; {@code null} if none
 * @param findByIds the users with these ids, one query, by id
 * @param postsOf   fan-out: each user's posts, one query per user, all awaited together
 * @param execute   raw SQL through a cursor, row by row
 * @param traffic   queries sent and connections open, for tests
 * @param userCache the query set's result cache of users
 * @param pool      closes the pooled connections
 * @param services     the pass-through service layers above the repository ({@link ServiceLayers})
 * @param serviceCalls lookups the service layers passed on, summed over the layers, for tests
 */
public record OrmStack(String strategy, OrmServer server,
        Operation<Integer, User> findById,
        Operation<List<Integer>, List<User>> findByIds,
        Operation<List<Integer>, Map<Integer, List<Post>>> postsOf,
        Operation<String, List<Row>> execute,
        Traffic traffic, ResultCache<String, ?> userCache, Runnable pool, int services, LongSupplier serviceCalls)
        implements Stack<User>, AutoCloseable {

    /** The named layers between the repository and the wire. */
    public static final int LAYERS = 10;

    /** The service layers and the named ones below them. */
    @Override
    public int depth() {
        return services + LAYERS;
    }

    @Override
    public boolean hasSync() {
        return findById.hasSync();
    }

    @Override
    public User sync(Integer id) {
        return findById.sync(id);
    }

    @Override
    public User eager(Integer id) {
        return findById.eager(id);
    }

    @Override
    public CompletableFuture<User> async(Integer id) {
        return findById.async(id);
    }

    /** Closes the idle pooled connections. */
    @Override
    public void close() {
        pool.run();
    }

    @Override
    public String toString() {
        return strategy + " orm on " + server.name();
    }
}
