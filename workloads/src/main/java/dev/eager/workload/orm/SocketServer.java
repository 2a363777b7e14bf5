package dev.eager.workload.orm;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/** A server at a TCP address (H2's PG server, a PostgreSQL cluster, a test's proxy in front of either). */
public record SocketServer(String name, InetSocketAddress address, Credentials credentials) implements OrmServer {
    @Override
    public Wire connect() throws IOException {
        return SocketWire.connect(address);
    }

    @Override
    public CompletableFuture<Wire> connectAsync() {
        return AsyncSocketWire.connect(address);
    }

    /** The same server, reached as someone else (another role, another auth method). */
    public SocketServer as(Credentials other) {
        return new SocketServer(name, address, other);
    }

    @Override
    public String toString() {
        return name + " at " + address.getHostString() + ":" + address.getPort() + " as " + credentials;
    }
}
