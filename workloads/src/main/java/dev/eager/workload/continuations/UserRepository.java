package dev.eager.workload.continuations;

import dev.eager.strategy.continuations.Io;
import dev.eager.workload.orm.Filter;
import dev.eager.workload.orm.Model;
import dev.eager.workload.orm.Post;
import dev.eager.workload.orm.QuerySpec;
import dev.eager.workload.orm.ResultCache;
import dev.eager.workload.orm.Row;
import dev.eager.workload.orm.User;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The application's view of the data: users and their posts, in the calls a web page makes. Colourless. */
final class UserRepository {
    private final ConnectionPool pool;
    private final ResultCache<String, List<User>> userCache;
    private final Runner runner;

    UserRepository(ConnectionPool pool, ResultCache<String, List<User>> userCache, Runner runner) {
        this.pool = pool;
        this.userCache = userCache;
        this.runner = runner;
    }

    private QuerySet<User> users() {
        return new QuerySet<>(pool, QuerySpec.all(Model.USER), userCache);
    }

    private QuerySet<Post> posts() {
        return new QuerySet<>(pool, QuerySpec.all(Model.POST), null);
    }

    User findById(int id) throws IOException {
        return users().filter(Filter.eq("id", id)).first();
    }

    List<User> findByIds(List<Integer> ids) throws IOException {
        return users().filter(Filter.in("id", ids)).orderBy("id").list();
    }

    List<Post> postsOf(int userId) throws IOException {
        return posts().filter(Filter.eq("user_id", userId)).orderBy("id").list();
    }

    /**
     * Fan-out: inside an async task, one child task per user, all started before any is awaited;
     * for a sync caller, one query after another (nothing to overlap on one thread).
     */
    Map<Integer, List<Post>> postsOf(List<Integer> userIds) throws IOException {
        Map<Integer, List<Post>> byUser = new LinkedHashMap<>();
        if (!Io.inAsyncTask()) {
            for (int userId : userIds) {
                byUser.put(userId, postsOf(userId));
            }
            return byUser;
        }
        List<CompletableFuture<List<Post>>> each = userIds.stream()
                .map(userId -> runner.start(() -> postsOf(userId))).toList();
        for (int i = 0; i < userIds.size(); i++) {
            byUser.put(userIds.get(i), Io.await(each.get(i)));
        }
        return byUser;
    }

    /** Raw SQL, rows as text. */
    List<Row> execute(String sql) throws IOException {
        return pool.withConnection(connection -> {
            Cursor<Row> cursor = connection.cursor((columns, row) -> row);
            cursor.execute(sql);
            return cursor.fetchAll();
        });
    }

}
