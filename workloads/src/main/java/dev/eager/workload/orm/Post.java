package dev.eager.workload.orm;

/** A row of {@code posts}, written by user {@code userId}. */
public record Post(int id, int userId, String title, int likes) {
    /** Maps a result row with columns {@code id, user_id, title, likes}. */
    public static final RowMapper<Post> MAPPER = (columns, row) -> new Post(
            row.integer(columns.indexOf("id")), row.integer(columns.indexOf("user_id")),
            row.text(columns.indexOf("title")), row.integer(columns.indexOf("likes")));
}
