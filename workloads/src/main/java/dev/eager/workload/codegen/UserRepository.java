package dev.eager.workload.codegen;

import dev.eager.strategy.codegen.GenerateSync;
import dev.eager.workload.orm.Filter;
import dev.eager.workload.orm.Model;
import dev.eager.workload.orm.Post;
import dev.eager.workload.orm.QuerySpec;
import dev.eager.workload.orm.ResultCache;
import dev.eager.workload.orm.Row;
import dev.eager.workload.orm.User;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The application's view of the data: users and their posts, in the calls a web page makes. */
@GenerateSync(failures = IOException.class)
final class UserRepository {
    private final ConnectionPool pool;
    private final ResultCache<String, List<User>> userCache;

    UserRepository(ConnectionPool pool, ResultCache<String, List<User>> userCache) {
        this.pool = pool;
        this.userCache = userCache;
    }

    private QuerySet<User> users() {
        return new QuerySet<>(pool, QuerySpec.all(Model.USER), userCache);
    }

    private QuerySet<Post> posts() {
        return new QuerySet<>(pool, QuerySpec.all(Model.POST), null);
    }

    CompletableFuture<User> findById(int id) {
        return users().filter(Filter.eq("id", id)).first();
    }

    CompletableFuture<List<User>> findByIds(List<Integer> ids) {
        return users().filter(Filter.in("id", ids)).orderBy("id").list();
    }

    CompletableFuture<List<Post>> postsOf(int userId) {
        return posts().filter(Filter.eq("user_id", userId)).orderBy("id").list();
    }

    /** Fan-out: one query per user, all started before any is awaited (one after another in the sync twin). */
    CompletableFuture<Map<Integer, List<Post>>> postsOf(List<Integer> userIds) {
        List<CompletableFuture<List<Post>>> each = new ArrayList<>();
        for (int userId : userIds) {
            each.add(postsOf(userId));
        }
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).thenApply(_ -> {
            Map<Integer, List<Post>> byUser = new LinkedHashMap<>();
            for (int i = 0; i < userIds.size(); i++) {
                byUser.put(userIds.get(i), each.get(i).join());
            }
            return byUser;
        });
    }

    /** Raw SQL, rows as text. */
    CompletableFuture<List<Row>> execute(String sql) {
        return pool.withConnection(connection -> {
            Cursor<Row> cursor = connection.cursor((columns, row) -> row);
            return cursor.execute(sql).thenCompose(_ -> cursor.fetchAll());
        });
    }
}
