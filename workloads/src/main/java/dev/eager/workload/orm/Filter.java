package dev.eager.workload.orm;

import java.util.List;

/**
 * One condition of a query set, as in Django's {@code filter(id__in=[...])}: a column, an operator
 * and its values (ints or strings: the compiler quotes the latter).
 */
public record Filter(String column, Op op, List<Object> values) {
    /** The comparisons the compiler knows. */
    public enum Op {
        EQ, IN, GT
    }

    public Filter {
        values = List.copyOf(values);
    }

    public static Filter eq(String column, Object value) {
        return new Filter(column, Op.EQ, List.of(value));
    }

    public static Filter in(String column, List<?> values) {
        return new Filter(column, Op.IN, List.copyOf(values));
    }

    public static Filter gt(String column, Object value) {
        return new Filter(column, Op.GT, List.of(value));
    }
}
