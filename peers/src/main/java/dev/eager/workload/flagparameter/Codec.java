package dev.eager.workload.flagparameter;

import dev.eager.workload.orm.BackendMessage;
import dev.eager.workload.orm.Framing;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/** Frames backend messages out of a receive buffer, reading from the transport when a frame is incomplete. */
final class Codec {
    private final Transport transport;
    private ByteBuffer in = ByteBuffer.allocate(Framing.BUFFER_SIZE).flip();

    Codec(Transport transport) {
        this.transport = transport;
    }

    CompletableFuture<BackendMessage> receive(boolean async) {
        BackendMessage message = Framing.next(in);
        if (message != null) {
            return CompletableFuture.completedFuture(message);
        }
        in = Framing.forAppend(in);
        return transport.read(in, async).thenCompose(n -> {
            in.flip();
            return receive(async);
        });
    }

    CompletableFuture<Void> send(ByteBuffer message, boolean async) {
        return transport.write(message, async);
    }
}
