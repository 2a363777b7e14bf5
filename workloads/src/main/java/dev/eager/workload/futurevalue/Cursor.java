package dev.eager.workload.futurevalue;

import dev.eager.strategy.futurevalue.ValueTask;
import dev.eager.workload.orm.Columns;
import dev.eager.workload.orm.RowMapper;
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

    ValueTask<Void> execute(String sql) {
        return protocol.query(sql).map(described -> {
            columns = described;
            exhausted = described == null;
            return (Void) null;
        });
    }

    /** The next row, mapped; {@code null} after the last. */
    ValueTask<T> fetchOne() {
        if (exhausted) {
            return ValueTask.of((T) null);
        }
        return protocol.nextRow().map(row -> {
            if (row == null) {
                exhausted = true;
                return null;
            }
            return mapper.map(columns, row);
        });
    }

    /** Every remaining row: a loop awaiting {@link #fetchOne} once per row, without recursion while rows are at hand. */
    ValueTask<List<T>> fetchAll() {
        return fetchInto(new ArrayList<>());
    }

    private ValueTask<List<T>> fetchInto(List<T> rows) {
        while (true) {
            ValueTask<T> next = fetchOne();
            if (!next.isReady()) {
                return next.flatMap(row -> {
                    if (row == null) {
                        return ValueTask.of(rows);
                    }
                    rows.add(row);
                    return fetchInto(rows);
                });
            }
            T row = next.join();
            if (row == null) {
                return ValueTask.of(rows);
            }
            rows.add(row);
        }
    }
}
