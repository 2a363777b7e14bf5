package dev.eager.workload.flagparameter;

import dev.eager.core.Blocking;
import dev.eager.workload.Operation;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.OrmStack;
import dev.eager.workload.orm.ResultCache;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.User;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Builds peer {@code flag-parameter}'s orm stack: the sync API calls with {@code async = false}
 * (every layer passes it down, the transport reads on the calling thread) and waits once; async
 * calls with {@code true}. No context flag anywhere.
 */
final class OrmWorkload {
    private OrmWorkload() {
    }

    /** A call taking the caller's flag, as every layer of this stack does. */
    @FunctionalInterface
    private interface Flagged<A, R> {
        CompletableFuture<R> apply(A argument, boolean async);
    }

    private static <A, R> Operation<A, R> operation(String strategy, Flagged<A, R> call) {
        return new Operation<>() {
            @Override
            public boolean hasSync() {
                return false;
            }

            @Override
            public R sync(A argument) {
                throw new UnsupportedOperationException(
                        "strategy '" + strategy + "' has no separate sync code: its sync API is async = false");
            }

            @Override
            public R eager(A argument) {
                // Blocking.await is the one GetResult(): it rethrows the leaf's own exception.
                return Blocking.await(call.apply(argument, false));
            }

            @Override
            public CompletableFuture<R> async(A argument) {
                try {
                    return call.apply(argument, true);
                } catch (Throwable failure) {
                    return CompletableFuture.failedFuture(failure);
                }
            }
        };
    }

    static OrmStack stack(String strategy, OrmServer server, double hitRatio, int services) {
        Traffic traffic = new Traffic();
        ConnectionPool pool = new ConnectionPool(server, traffic);
        ResultCache<String, List<User>> cache = new ResultCache<>(hitRatio);
        UserRepository repository = new UserRepository(pool, cache);
        Services.UserService users = Services.over(repository, services);
        return new OrmStack(strategy, server,
                operation(strategy, (Integer id, boolean async) -> users.findById(id, async)),
                operation(strategy, repository::findByIds),
                operation(strategy, (List<Integer> ids, boolean async) -> repository.postsOf(ids, async)),
                operation(strategy, repository::execute),
                traffic, cache, pool::close, services, users::calls);
    }
}
