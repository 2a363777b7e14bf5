package dev.eager.workload.flagparameter;

import dev.eager.workload.orm.Filter;
import dev.eager.workload.orm.QuerySpec;
import dev.eager.workload.orm.ResultCache;
import dev.eager.workload.orm.SqlCompiler;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A lazy, refinable query, as Django's: filters and ordering build a spec; evaluating it compiles
 * the SQL, asks the result cache (when the query set has one), and otherwise runs it on a pooled
 * connection, fetching the rows through a cursor.
 */
final class QuerySet<T> {
    private final ConnectionPool pool;
    private final QuerySpec<T> spec;
    private final ResultCache<String, List<T>> cache;

    QuerySet(ConnectionPool pool, QuerySpec<T> spec, ResultCache<String, List<T>> cache) {
        this.pool = pool;
        this.spec = spec;
        this.cache = cache;
    }

    QuerySet<T> filter(Filter filter) {
        return new QuerySet<>(pool, spec.filter(filter), cache);
    }

    QuerySet<T> orderBy(String column) {
        return new QuerySet<>(pool, spec.orderBy(column), cache);
    }

    /** Every matching row. */
    CompletableFuture<List<T>> list(boolean async) {
        String sql = SqlCompiler.compile(spec);
        if (cache != null) {
            List<T> hit = cache.lookup(sql);
            if (hit != null) {
                return CompletableFuture.completedFuture(hit);
            }
        }
        return pool.withConnection(async, connection -> {
            Cursor<T> cursor = connection.cursor(spec.model().mapper());
            return cursor.execute(sql, async).thenCompose(v -> cursor.fetchAll(async));
        }).thenApply(rows -> cache == null ? rows : cache.store(sql, rows));
    }

    /** The first matching row, {@code null} if none. */
    CompletableFuture<T> first(boolean async) {
        return list(async).thenApply(rows -> rows.isEmpty() ? null : rows.getFirst());
    }
}
