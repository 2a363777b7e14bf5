package dev.eager.workload.orm;

/** A row of {@code users}. */
public record User(int id, String name, String email) {
    /** Maps a result row with columns {@code id, name, email}. */
    public static final RowMapper<User> MAPPER = (columns, row) -> new User(
            row.integer(columns.indexOf("id")), row.text(columns.indexOf("name")), row.text(columns.indexOf("email")));
}
