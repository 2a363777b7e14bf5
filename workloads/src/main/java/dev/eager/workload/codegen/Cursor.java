package dev.eager.workload.codegen;

import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.codegen.GenerateSync;
import dev.eager.workload.orm.Columns;
import dev.eager.workload.orm.RowMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs a query and fetches its rows one at a time, mapping each with the model's mapper (DB-API's cursor). */
@GenerateSync(failures = IOException.class)
final class Cursor<T> {
    private final Protocol protocol;
    private final RowMapper<T> mapper;
    private Columns columns;
    private boolean exhausted;

    Cursor(Protocol protocol, RowMapper<T> mapper) {
        this.protocol = protocol;
        this.mapper = mapper;
    }

    CompletableFuture<Void> execute(String sql) {
        return protocol.query(sql).thenAccept(described -> {
            columns = described;
            exhausted = described == null;
        });
    }

    /** The next row, mapped; {@code null} after the last. */
    CompletableFuture<T> fetchOne() {
        if (exhausted) {
            return completedFuture(null);
        }
        return protocol.nextRow().thenApply(row -> {
            if (row == null) {
                exhausted = true;
                return null;
            }
            return mapper.map(columns, row);
        });
    }

    /** Every remaining row: {@link #fetchOne} once per row. */
    CompletableFuture<List<T>> fetchAll() {
        return fetchInto(new ArrayList<>());
    }

    private CompletableFuture<List<T>> fetchInto(List<T> rows) {
        return fetchOne().thenCompose(row -> {
            if (row == null) {
                return completedFuture(rows);
            }
            rows.add(row);
            return fetchInto(rows);
        });
    }
}
