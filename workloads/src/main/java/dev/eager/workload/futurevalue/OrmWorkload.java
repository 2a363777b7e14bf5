package dev.eager.workload.futurevalue;

import dev.eager.workload.orm.Operation;
import dev.eager.workload.orm.OrmServer;
import dev.eager.workload.orm.OrmStack;
import dev.eager.workload.orm.ResultCache;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.User;
import java.util.List;

/**
 * Builds strategy {@code future-value}'s orm stack: eager is {@link dev.eager.core.Eager#run} over
 * the value-task repository, which is ready all the way up when every read was.
 */
final class OrmWorkload {
    private OrmWorkload() {
    }

    static OrmStack stack(String strategy, OrmServer server, double hitRatio) {
        Traffic traffic = new Traffic();
        ConnectionPool pool = new ConnectionPool(server, traffic);
        ResultCache<String, List<User>> cache = new ResultCache<>(hitRatio);
        UserRepository repository = new UserRepository(pool, cache);
        return new OrmStack(strategy, server,
                Operation.async(strategy, (Integer id) -> repository.findById(id).toFuture()),
                Operation.async(strategy, (List<Integer> ids) -> repository.findByIds(ids).toFuture()),
                Operation.async(strategy, (List<Integer> ids) -> repository.postsOf(ids).toFuture()),
                Operation.async(strategy, (String sql) -> repository.execute(sql).toFuture()),
                traffic, cache, pool::close);
    }
}
