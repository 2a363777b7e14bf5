package dev.eager.workload.continuations;

import dev.eager.workload.orm.BackendMessage;
import dev.eager.workload.orm.Framing;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Frames backend messages out of a receive buffer, reading from the transport when a frame is incomplete. */
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

    void send(ByteBuffer message) throws IOException {
        transport.write(message);
    }
}
