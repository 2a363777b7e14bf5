package dev.eager.workload.duplicated;

import dev.eager.workload.orm.BackendMessage;
import dev.eager.workload.orm.Framing;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/** Frames backend messages out of a receive buffer, reading from the transport when a frame is incomplete. Twice. */
final class Codec {
    private final Transport transport;
    private ByteBuffer in = ByteBuffer.allocate(Framing.BUFFER_SIZE).flip();

    Codec(Transport transport) {
        this.transport = transport;
    }

    BackendMessage receive() throws IOException {
        BackendMessage message = Framing.next(in);
        while (message == null) {
            in = Framing.forAppend(in);
            transport.read(in);
            in.flip();
            message = Framing.next(in);
        }
        return message;
    }

    CompletableFuture<BackendMessage> receiveAsync() {
        BackendMessage message = Framing.next(in);
        if (message != null) {
            return CompletableFuture.completedFuture(message);
        }
        in = Framing.forAppend(in);
        return transport.readAsync(in).thenCompose(n -> {
            in.flip();
            return receiveAsync();
        });
    }

    void send(ByteBuffer message) throws IOException {
        transport.write(message);
    }

    CompletableFuture<Void> sendAsync(ByteBuffer message) {
        return transport.writeAsync(message);
    }
}
