package dev.eager.workload.continuations;

import dev.eager.workload.orm.Filter;
import dev.eager.workload.orm.QuerySpec;
import dev.eager.workload.orm.ResultCache;
import dev.eager.workload.orm.SqlCompiler;
import java.io.IOException;
import java.util.List;

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
    List<T> list() throws IOException {
        String sql = SqlCompiler.compile(spec);
        if (cache != null) {
            List<T> hit = cache.lookup(sql);
            if (hit != null) {
                return hit;
            }
        }
        List<T> rows = pool.withConnection(connection -> {
            Cursor<T> cursor = connection.cursor(spec.model().mapper());
            cursor.execute(sql);
            return cursor.fetchAll();
        });
        return cache == null ? rows : cache.store(sql, rows);
    }

    /** The first matching row, {@code null} if none. */
    T first() throws IOException {
        List<T> rows = list();
        return rows.isEmpty() ? null : rows.getFirst();
    }

}
