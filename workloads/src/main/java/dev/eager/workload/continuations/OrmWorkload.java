package dev.eager.workload.continuations;

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
 * Builds the colourless orm stack: sync and eager are the plain call (outside a task every wait
 * blocks the caller's thread); async runs the same call with the strategy's {@link Runner}.
 * Shared by {@code continuations} ({@code Async::start}) and {@code continuations-vt}
 * ({@code Async::startVirtual}), whose code is the same.
 */
public final class OrmWorkload {
    private OrmWorkload() {
    }

    /** A colourless call whose checked I/O failure travels as itself. */
    @FunctionalInterface
    private interface Call<A, R> {
        R apply(A argument) throws IOException;
    }

    private static <A, R> Operation<A, R> operation(Call<A, R> call, Runner runner) {
        Function<A, R> plain = argument -> {
            try {
                return call.apply(argument);
            } catch (IOException e) {
                throw Throwables.sneakyThrow(e);
            }
        };
        return Operation.colourless(plain, argument -> runner.start(() -> call.apply(argument)));
    }

    public static OrmStack stack(String strategy, OrmServer server, double hitRatio, int services, Runner runner) {
        Traffic traffic = new Traffic();
        ConnectionPool pool = new ConnectionPool(server, traffic);
        ResultCache<String, List<User>> cache = new ResultCache<>(hitRatio);
        UserRepository repository = new UserRepository(pool, cache, runner);
        Services.UserService users = Services.over(repository, services);
        return new OrmStack(strategy, server,
                operation((Integer id) -> users.findById(id), runner),
                operation(repository::findByIds, runner),
                operation((List<Integer> ids) -> repository.postsOf(ids), runner),
                operation(repository::execute, runner),
                traffic, cache, pool::close, services, users::calls);
    }
}
