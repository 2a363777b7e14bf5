package dev.eager.workload.duplicated;

import dev.eager.core.Throwables;
import dev.eager.workload.Operation;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.OrmStack;
import dev.eager.workload.orm.ResultCache;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.User;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Builds strategy {@code duplicated}'s orm stack: sync is the sync copy; the async entry points
 * switch to it once when eager; async is the async copy.
 */
final class OrmWorkload {
    private OrmWorkload() {
    }

    /** A sync-copy call whose checked I/O failure travels as itself. */
    @FunctionalInterface
    private interface SyncCall<A, R> {
        R apply(A argument) throws IOException;
    }

    private static <A, R> Function<A, R> sync(SyncCall<A, R> call) {
        return argument -> {
            try {
                return call.apply(argument);
            } catch (IOException e) {
                throw Throwables.sneakyThrow(e);
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
                Operation.withSyncCode(sync((Integer id) -> users.findById(id)), users::findByIdAsync),
                Operation.withSyncCode(sync(repository::findByIds), repository::findByIdsAsync),
                Operation.withSyncCode(sync((List<Integer> ids) -> repository.postsOf(ids)), repository::postsOfAsync),
                Operation.withSyncCode(sync(repository::execute), repository::executeAsync),
                traffic, cache, pool::close, services, users::calls);
    }
}
