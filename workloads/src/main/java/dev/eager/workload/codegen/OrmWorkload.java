package dev.eager.workload.codegen;

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
 * Builds strategy {@code codegen}'s orm stack: two repositories over one cache, the async one as
 * written and its generated sync twin, each with its own pool (async connections, blocking ones).
 * Sync is the generated code; the async entry points switch to it once when eager; async is the
 * code as written.
 */
final class OrmWorkload {
    private OrmWorkload() {
    }

    /** A generated sync call whose checked I/O failure travels as itself. */
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
        SyncConnectionPool syncPool = new SyncConnectionPool(server, traffic);
        ResultCache<String, List<User>> cache = new ResultCache<>(hitRatio);
        UserRepository repository = new UserRepository(pool, cache);
        SyncUserRepository syncRepository = new SyncUserRepository(syncPool, cache);
        Services.UserService users = Services.over(repository, services);
        SyncServices.UserService syncUsers = SyncServices.over(syncRepository, services);
        return new OrmStack(strategy, server,
                Operation.withSyncCode(sync((Integer id) -> syncUsers.findById(id)), users::findById),
                Operation.withSyncCode(sync(syncRepository::findByIds), repository::findByIds),
                Operation.withSyncCode(sync((List<Integer> ids) -> syncRepository.postsOf(ids)),
                        (List<Integer> ids) -> repository.postsOf(ids)),
                Operation.withSyncCode(sync(syncRepository::execute), repository::execute),
                traffic, cache, () -> {
                    pool.close();
                    syncPool.close();
                }, services, () -> users.calls() + syncUsers.calls());
    }
}
