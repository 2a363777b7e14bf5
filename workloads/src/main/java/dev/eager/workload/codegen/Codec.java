package dev.eager.workload.codegen;

import static java.util.concurrent.CompletableFuture.completedFuture;

import dev.eager.strategy.codegen.GenerateSync;
import dev.eager.workload.orm.BackendMessage;
import dev.eager.workload.orm.Framing;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/** Frames backend messages out of a receive buffer, reading from the transport when a frame is incomplete. */
@GenerateSync(failures = IOException.class)
final class Codec {
    private final Transport transport;
    private ByteBuffer in = ByteBuffer.allocate(Framing.BUFFER_SIZE).flip();

    Codec(Transport transport) {
        this.transport = transport;
    }

    CompletableFuture<BackendMessage> receive() {
        BackendMessage message = Framing.next(in);
        if (message != null) {
            return completedFuture(message);
        }
        in = Framing.forAppend(in);
        return transport.read(in).thenCompose(_ -> {
            in.flip();
            return receive();
        });
    }

    CompletableFuture<Void> send(ByteBuffer message) {
        return transport.write(message);
    }
}
