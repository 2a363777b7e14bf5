package dev.eager.workload.duplicated;

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

/** The application's view of the data: users and their posts, in the calls a web page makes. Twice. */
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

    User findById(int id) throws IOException {
        return users().filter(Filter.eq("id", id)).first();
    }

    CompletableFuture<User> findByIdAsync(int id) {
        return users().filter(Filter.eq("id", id)).firstAsync();
    }

    List<User> findByIds(List<Integer> ids) throws IOException {
        return users().filter(Filter.in("id", ids)).orderBy("id").list();
    }

    CompletableFuture<List<User>> findByIdsAsync(List<Integer> ids) {
        return users().filter(Filter.in("id", ids)).orderBy("id").listAsync();
    }

    List<Post> postsOf(int userId) throws IOException {
        return posts().filter(Filter.eq("user_id", userId)).orderBy("id").list();
    }

    CompletableFuture<List<Post>> postsOfAsync(int userId) {
        return posts().filter(Filter.eq("user_id", userId)).orderBy("id").listAsync();
    }

    /** Fan-out, sync copy: one query per user, one after another. */
    Map<Integer, List<Post>> postsOf(List<Integer> userIds) throws IOException {
        Map<Integer, List<Post>> byUser = new LinkedHashMap<>();
        for (int userId : userIds) {
            byUser.put(userId, postsOf(userId));
        }
        return byUser;
    }

    /** Fan-out, async copy: one query per user, all started before any is awaited. */
    CompletableFuture<Map<Integer, List<Post>>> postsOfAsync(List<Integer> userIds) {
        List<CompletableFuture<List<Post>>> each = userIds.stream().map(this::postsOfAsync).toList();
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).thenApply(v -> {
            Map<Integer, List<Post>> byUser = new LinkedHashMap<>();
            for (int i = 0; i < userIds.size(); i++) {
                byUser.put(userIds.get(i), each.get(i).join());
            }
            return byUser;
        });
    }

    /** Raw SQL, rows as text. */
    List<Row> execute(String sql) throws IOException {
        return pool.withConnection(connection -> {
            Cursor<Row> cursor = connection.cursor((columns, row) -> row);
            cursor.execute(sql);
            return cursor.fetchAll();
        });
    }

    CompletableFuture<List<Row>> executeAsync(String sql) {
        return pool.withConnectionAsync(connection -> {
            Cursor<Row> cursor = connection.cursor((columns, row) -> row);
            return cursor.executeAsync(sql).thenCompose(v -> cursor.fetchAllAsync());
        });
    }
}
