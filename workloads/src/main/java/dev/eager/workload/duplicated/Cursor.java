package dev.eager.workload.duplicated;

import dev.eager.workload.orm.Columns;
import dev.eager.workload.orm.Row;
import dev.eager.workload.orm.RowMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs a query and fetches its rows one at a time, mapping each with the model's mapper (DB-API's cursor). Twice. */
final class Cursor<T> {
    private final Protocol protocol;
    private final RowMapper<T> mapper;
    private Columns columns;
    private boolean exhausted;

    Cursor(Protocol protocol, RowMapper<T> mapper) {
        this.protocol = protocol;
        this.mapper = mapper;
    }

    void execute(String sql) throws IOException {
        described(protocol.query(sql));
    }

    CompletableFuture<Void> executeAsync(String sql) {
        return protocol.queryAsync(sql).thenAccept(this::described);
    }

    private void described(Columns described) {
        columns = described;
        exhausted = described == null;
    }

    /** The next row, mapped; {@code null} after the last. */
    T fetchOne() throws IOException {
        return exhausted ? null : mapped(protocol.nextRow());
    }

    CompletableFuture<T> fetchOneAsync() {
        if (exhausted) {
            return CompletableFuture.completedFuture(null);
        }
        return protocol.nextRowAsync().thenApply(this::mapped);
    }

    private T mapped(Row row) {
        if (row == null) {
            exhausted = true;
            return null;
        }
        return mapper.map(columns, row);
    }

    /** Every remaining row: a loop calling {@link #fetchOne} once per row. */
    List<T> fetchAll() throws IOException {
        List<T> rows = new ArrayList<>();
        for (T row = fetchOne(); row != null; row = fetchOne()) {
            rows.add(row);
        }
        return rows;
    }

    CompletableFuture<List<T>> fetchAllAsync() {
        return fetchIntoAsync(new ArrayList<>());
    }

    private CompletableFuture<List<T>> fetchIntoAsync(List<T> rows) {
        return fetchOneAsync().thenCompose(row -> {
            if (row == null) {
                return CompletableFuture.completedFuture(rows);
            }
            rows.add(row);
            return fetchIntoAsync(rows);
        });
    }
}
