package dev.eager.workload.orm;

/** Who connects to which database: the parameters of the startup message and the password, if any. */
public record Credentials(String user, String password, String database) {
    @Override
    public String toString() {
        return user + "@" + database;
    }
}
