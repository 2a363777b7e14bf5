package dev.eager.workload.future;

import dev.eager.workload.orm.Operation;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.OrmStack;
import dev.eager.workload.orm.ResultCache;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.User;
import java.util.List;

/** Builds strategy {@code future}'s orm stack: eager is {@link dev.eager.core.Eager#run} over the async repository. */
final class OrmWorkload {
    private OrmWorkload() {
    }

    static OrmStack stack(String strategy, OrmServer server, double hitRatio) {
        Traffic traffic = new Traffic();
        ConnectionPool pool = new ConnectionPool(server, traffic);
        ResultCache<String, List<User>> cache = new ResultCache<>(hitRatio);
        UserRepository repository = new UserRepository(pool, cache);
        return new OrmStack(strategy, server,
                Operation.async(strategy, repository::findById),
                Operation.async(strategy, repository::findByIds),
                Operation.async(strategy, (List<Integer> ids) -> repository.postsOf(ids)),
                Operation.async(strategy, repository::execute),
                traffic, cache, pool::close);
    }
}
