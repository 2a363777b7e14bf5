package dev.eager.workload.codegen;

import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.codegen.GenerateSync;
import dev.eager.workload.orm.Filter;
import dev.eager.workload.orm.QuerySpec;
import dev.eager.workload.orm.ResultCache;
import dev.eager.workload.orm.SqlCompiler;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A lazy, refinable query, as Django's: filters and ordering build a spec; evaluating it compiles
 * the SQL, asks the result cache (when the query set has one), and otherwise runs it on a pooled
 * connection, fetching the rows through a cursor.
 */
@GenerateSync(failures = IOException.class)
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
    CompletableFuture<List<T>> list() {
        String sql = SqlCompiler.compile(spec);
        if (cache != null) {
            List<T> hit = cache.lookup(sql);
            if (hit != null) {
                return completedFuture(hit);
            }
        }
        return pool.withConnection(connection -> {
            Cursor<T> cursor = connection.cursor(spec.model().mapper());
            return cursor.execute(sql).thenCompose(_ -> cursor.fetchAll());
        }).thenApply(rows -> cache == null ? rows : cache.store(sql, rows));
    }

    /** The first matching row, {@code null} if none. */
    CompletableFuture<T> first() {
        return list().thenApply(rows -> rows.isEmpty() ? null : rows.getFirst());
    }
}
