package dev.eager.workload.orm;

/** Turns a result row into an object, finding each field's column by name, as an ORM's model does. */
@FunctionalInterface
public interface RowMapper<T> {
    T map(Columns columns, Row row);
}
