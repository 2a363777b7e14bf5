package dev.eager.workload.flagparameter;

import dev.eager.workload.orm.Columns;
import dev.eager.workload.orm.RowMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs a query and fetches its rows one at a time, mapping each with the model's mapper (DB-API's cursor). */
final class Cursor<T> {
    private final Protocol protocol;
    private final RowMapper<T> mapper;
    private Columns columns;
    private boolean exhausted;

    Cursor(Protocol protocol, RowMapper<T> mapper) {
        this.protocol = protocol;
        this.mapper = mapper;
    }

    CompletableFuture<Void> execute(String sql, boolean async) {
        return protocol.query(sql, async).thenAccept(described -> {
            columns = described;
            exhausted = described == null;
        });
    }

    /** The next row, mapped; {@code null} after the last. */
    CompletableFuture<T> fetchOne(boolean async) {
        if (exhausted) {
            return CompletableFuture.completedFuture(null);
        }
        return protocol.nextRow(async).thenApply(row -> {
            if (row == null) {
                exhausted = true;
                return null;
            }
            return mapper.map(columns, row);
        });
    }

    /** Every remaining row: a loop awaiting {@link #fetchOne} once per row. */
    CompletableFuture<List<T>> fetchAll(boolean async) {
        return fetchInto(new ArrayList<>(), async);
    }

    private CompletableFuture<List<T>> fetchInto(List<T> rows, boolean async) {
        return fetchOne(async).thenCompose(row -> {
            if (row == null) {
                return CompletableFuture.completedFuture(rows);
            }
            rows.add(row);
            return fetchInto(rows, async);
        });
    }
}
