package dev.eager.workload.orm;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Compiles a {@link QuerySpec} into the SQL text of a simple query: the columns are the model's,
 * values become literals (strings quoted, quotes doubled), identifiers are checked, not trusted.
 * The simple-query protocol has no parameters, so quoting here is what keeps values values.
 */
public final class SqlCompiler {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private SqlCompiler() {
    }

    public static String compile(QuerySpec<?> spec) {
        StringBuilder sql = new StringBuilder(96).append("SELECT ");
        List<String> columns = spec.model().columns();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(identifier(columns.get(i)));
        }
        sql.append(" FROM ").append(identifier(spec.model().table()));
        String glue = " WHERE ";
        for (Filter filter : spec.filters()) {
            sql.append(glue).append(identifier(filter.column()));
            switch (filter.op()) {
                case EQ -> sql.append(" = ").append(literal(filter.values().getFirst()));
                case GT -> sql.append(" > ").append(literal(filter.values().getFirst()));
                case IN -> {
                    sql.append(" IN (");
                    List<Object> values = filter.values();
                    if (values.isEmpty()) {
                        sql.append("NULL"); // IN () is a syntax error; IN (NULL) matches nothing
                    }
                    for (int i = 0; i < values.size(); i++) {
                        sql.append(i == 0 ? "" : ", ").append(literal(values.get(i)));
                    }
                    sql.append(')');
                }
            }
            glue = " AND ";
        }
        if (spec.orderBy() != null) {
            sql.append(" ORDER BY ").append(identifier(spec.orderBy()));
        }
        if (spec.limit() >= 0) {
            sql.append(" LIMIT ").append(spec.limit());
        }
        return sql.toString();
    }

    private static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain identifier: '" + name + "'");
        }
        return name;
    }

    private static String literal(Object value) {
        return switch (value) {
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case String s -> "'" + s.replace("'", "''") + "'";
            default -> throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as SQL");
        };
    }
}
