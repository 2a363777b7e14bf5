package dev.eager.workload.orm;

import java.util.List;

/** A table as the ORM sees it: its name, the columns a query selects, and how a row becomes an object. */
public record Model<T>(String table, List<String> columns, RowMapper<T> mapper) {
    public static final Model<User> USER = new Model<>("users", List.of("id", "name", "email"), User.MAPPER);
    public static final Model<Post> POST = new Model<>("posts", List.of("id", "user_id", "title", "likes"), Post.MAPPER);
}
