package dev.eager.workload.orm;

import java.util.ArrayList;
import java.util.List;

/**
 * What a query set has been told so far: the model, its filters, an ordering and a limit. Immutable:
 * each refinement returns a new spec, as Django's query sets clone themselves.
 */
public record QuerySpec<T>(Model<T> model, List<Filter> filters, String orderBy, int limit) {
    public QuerySpec {
        filters = List.copyOf(filters);
    }

    /** All rows of {@code model}, in no particular order. */
    public static <T> QuerySpec<T> all(Model<T> model) {
        return new QuerySpec<>(model, List.of(), null, -1);
    }

    public QuerySpec<T> filter(Filter filter) {
        List<Filter> more = new ArrayList<>(filters);
        more.add(filter);
        return new QuerySpec<>(model, more, orderBy, limit);
    }

    public QuerySpec<T> orderBy(String column) {
        return new QuerySpec<>(model, filters, column, limit);
    }

    public QuerySpec<T> limit(int rows) {
        return new QuerySpec<>(model, filters, orderBy, rows);
    }
}
