package dev.eager.workload.orm;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/** A database the orm stacks talk to ({@code h2}, {@code postgres}, {@code memory}); see {@link OrmServers}. */
public interface OrmServer {
    /** {@code h2}, {@code postgres} or {@code memory}. */
    String name();

    /** Who the stacks connect as. */
    Credentials credentials();

    /** A new connection for sync and eager code, connected on the calling thread. */
    Wire connect() throws IOException;

    /** A new connection for async code: the future completes when it is connected. */
    CompletableFuture<Wire> connectAsync();
}
