package dev.eager.workload.orm;

import java.util.List;

/** The column names of a result, from its {@code RowDescription}: where each named value sits in a {@link Row}. */
public record Columns(List<String> names) {
    public Columns {
        names = List.copyOf(names);
    }

    /** The position of column {@code name}; a result without it is a bug in the query. */
    public int indexOf(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            i = names.indexOf(name.toUpperCase(java.util.Locale.ROOT));
        }
        if (i < 0) {
            throw new IllegalStateException("result has no column '" + name + "': " + names);
        }
        return i;
    }
}
