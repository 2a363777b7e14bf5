package dev.eager.workload.continuations;

import dev.eager.workload.orm.Columns;
import dev.eager.workload.orm.Row;
import dev.eager.workload.orm.RowMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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

    void execute(String sql) throws IOException {
        described(protocol.query(sql));
    }

    private void described(Columns described) {
        columns = described;
        exhausted = described == null;
    }

    /** The next row, mapped; {@code null} after the last. */
    T fetchOne() throws IOException {
        return exhausted ? null : mapped(protocol.nextRow());
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

}
