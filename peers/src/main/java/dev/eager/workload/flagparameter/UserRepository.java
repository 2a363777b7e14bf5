package dev.eager.workload.flagparameter;

import dev.eager.workload.orm.Filter;
import dev.eager.workload.orm.Model;
import dev.eager.workload.orm.Post;
import dev.eager.workload.orm.QuerySpec;
import dev.eager.workload.orm.ResultCache;
import dev.eager.workload.orm.Row;
import dev.eager.workload.orm.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The application's view of the data: users and their posts; every call takes the caller's {@code async} flag. */
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

    CompletableFuture<User> findById(int id, boolean async) {
        return users().filter(Filter.eq("id", id)).first(async);
    }

    CompletableFuture<List<User>> findByIds(List<Integer> ids, boolean async) {
        return users().filter(Filter.in("id", ids)).orderBy("id").list(async);
    }

    CompletableFuture<List<Post>> postsOf(int userId, boolean async) {
        return posts().filter(Filter.eq("user_id", userId)).orderBy("id").list(async);
    }

    /** Fan-out: one query per user, all started before any is awaited. */
    CompletableFuture<Map<Integer, List<Post>>> postsOf(List<Integer> userIds, boolean async) {
        List<CompletableFuture<List<Post>>> each = userIds.stream().map(id -> postsOf(id, async)).toList();
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).thenApply(v -> {
            Map<Integer, List<Post>> byUser = new LinkedHashMap<>();
            for (int i = 0; i < userIds.size(); i++) {
                byUser.put(userIds.get(i), each.get(i).join());
            }
            return byUser;
        });
    }

    /** Raw SQL, rows as text. */
    CompletableFuture<List<Row>> execute(String sql, boolean async) {
        return pool.withConnection(async, connection -> {
            Cursor<Row> cursor = connection.cursor((columns, row) -> row);
            return cursor.execute(sql, async).thenCompose(v -> cursor.fetchAll(async));
        });
    }
}
