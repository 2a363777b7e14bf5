package dev.eager.workload.futurevalue;

import dev.eager.strategy.futurevalue.ValueTask;
import dev.eager.workload.orm.BackendMessage;
import dev.eager.workload.orm.Framing;
import java.nio.ByteBuffer;

/** Frames backend messages out of a receive buffer, reading from the transport when a frame is incomplete. */
final class Codec {
    private final Transport transport;
    private ByteBuffer in = ByteBuffer.allocate(Framing.BUFFER_SIZE).flip();

    Codec(Transport transport) {
        this.transport = transport;
    }

    ValueTask<BackendMessage> receive() {
        BackendMessage message = Framing.next(in);
        if (message != null) {
            return ValueTask.of(message);
        }
        in = Framing.forAppend(in);
        return transport.read(in).flatMap(n -> {
            in.flip();
            return receive();
        });
    }

    ValueTask<Void> send(ByteBuffer message) {
        return transport.write(message);
    }
}
