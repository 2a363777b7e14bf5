package dev.eager.workload.orm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seeded data every server holds: {@value #USERS} users and their posts, made by one rule so
 * tests can check each row a stack returns against the row it must be. One user in ten is
 * prolific ({@value #PROLIFIC_POSTS} posts: the cursor-loop shape); some names and titles carry a
 * quote, which the SQL compiler must escape.
 */
public final class Schema {
    /** Users {@code 1 ... USERS}. */
    public static final int USERS = 100;
    /** Posts of every tenth user. */
    public static final int PROLIFIC_POSTS = 25;

    private static final List<User> USER_ROWS = makeUsers();
    private static final List<Post> POST_ROWS = makePosts();

    private Schema() {
    }

    /** The seeded user {@code id} ({@code 1 ... USERS}). */
    public static User user(int id) {
        return USER_ROWS.get(id - 1);
    }

    /** The seeded posts of user {@code userId}, by id. */
    public static List<Post> postsOf(int userId) {
        return POST_ROWS.stream().filter(p -> p.userId() == userId).toList();
    }

    /** How many posts user {@code userId} wrote. */
    public static int postCount(int userId) {
        return userId % 10 == 0 ? PROLIFIC_POSTS : 1 + userId % 4;
    }

    /** Drops and recreates the tables, then inserts every row. */
    static void seed(SimpleSession session) throws IOException {
        session.run("DROP TABLE IF EXISTS posts");
        session.run("DROP TABLE IF EXISTS users");
        session.run("CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(64) NOT NULL, email VARCHAR(128) NOT NULL)");
        session.run("CREATE TABLE posts (id INT PRIMARY KEY, user_id INT NOT NULL, title VARCHAR(128) NOT NULL,"
                + " likes INT NOT NULL)");
        session.run("INSERT INTO users (id, name, email) VALUES " + USER_ROWS.stream()
                .map(u -> "(" + u.id() + ", " + quote(u.name()) + ", " + quote(u.email()) + ")")
                .collect(Collectors.joining(", ")));
        session.run("INSERT INTO posts (id, user_id, title, likes) VALUES " + POST_ROWS.stream()
                .map(p -> "(" + p.id() + ", " + p.userId() + ", " + quote(p.title()) + ", " + p.likes() + ")")
                .collect(Collectors.joining(", ")));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static List<User> makeUsers() {
        List<User> users = new ArrayList<>();
        for (int id = 1; id <= USERS; id++) {
            String name = id % 7 == 0 ? "O'Reilly " + id : "User " + id;
            users.add(new User(id, name, "user" + id + "@example.org"));
        }
        return List.copyOf(users);
    }

    private static List<Post> makePosts() {
        List<Post> posts = new ArrayList<>();
        int id = 1;
        for (int user = 1; user <= USERS; user++) {
            for (int i = 0; i < postCount(user); i++, id++) {
                String title = (id % 5 == 0 ? "Don't panic, part " : "Notes, part ") + (i + 1);
                posts.add(new Post(id, user, title, (id * 37) % 101));
            }
        }
        return List.copyOf(posts);
    }
}
