package dev.eager.workload.futurevalue;

import dev.eager.core.Throwables;
import dev.eager.strategy.futurevalue.ValueTask;
import dev.eager.workload.orm.Authentication;
import dev.eager.workload.orm.BackendMessage;
import dev.eager.workload.orm.Columns;
import dev.eager.workload.orm.Credentials;
import dev.eager.workload.orm.Frontend;
import dev.eager.workload.orm.PgException;
import dev.eager.workload.orm.Row;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.TransactionStatus;
import java.nio.ByteBuffer;

/**
 * PostgreSQL v3, simple query: startup and authentication, then per query {@code Query} →
 * {@code RowDescription}, {@code DataRow}s, {@code CommandComplete} (or {@code ErrorResponse}) →
 * {@code ReadyForQuery}. An error is reported only after {@code ReadyForQuery}, so the
 * connection is in step again and stays usable.
 */
final class Protocol {
    private final Codec codec;
    private final Traffic traffic;
    private TransactionStatus status = TransactionStatus.IDLE;

    Protocol(Codec codec, Traffic traffic) {
        this.codec = codec;
        this.traffic = traffic;
    }

    TransactionStatus status() {
        return status;
    }

    ValueTask<Void> startup(Credentials credentials) {
        return codec.send(Frontend.startup(credentials.user(), credentials.database()))
                .flatMap(sent -> authenticate(credentials));
    }

    private ValueTask<Void> authenticate(Credentials credentials) {
        return codec.receive().flatMap(message -> switch (message.type()) {
            case BackendMessage.AUTHENTICATION -> {
                ByteBuffer answer = Authentication.answer(message, credentials);
                yield (answer == null ? Transport.DONE : codec.send(answer)).flatMap(sent -> authenticate(credentials));
            }
            case BackendMessage.READY_FOR_QUERY -> {
                status = message.transactionStatus();
                yield Transport.DONE;
            }
            case BackendMessage.ERROR_RESPONSE -> throw message.error();
            default -> authenticate(credentials); // ParameterStatus, BackendKeyData, notices
        });
    }

    /** Sends {@code sql}; the task holds the result's columns, or {@code null} if it has no rows. */
    ValueTask<Columns> query(String sql) {
        traffic.queried();
        return codec.send(Frontend.query(sql)).flatMap(sent -> describe());
    }

    private ValueTask<Columns> describe() {
        return codec.receive().flatMap(message -> switch (message.type()) {
            case BackendMessage.ROW_DESCRIPTION -> ValueTask.of(message.columns());
            case BackendMessage.COMMAND_COMPLETE, BackendMessage.EMPTY_QUERY -> ready().map(v -> (Columns) null);
            case BackendMessage.ERROR_RESPONSE -> failAfterReady(message.error());
            default -> describe();
        });
    }

    /** The next row of the current result; {@code null} after the last (the connection is ready again). */
    ValueTask<Row> nextRow() {
        return codec.receive().flatMap(message -> switch (message.type()) {
            case BackendMessage.DATA_ROW -> ValueTask.of(message.row());
            case BackendMessage.COMMAND_COMPLETE -> ready().map(v -> (Row) null);
            case BackendMessage.ERROR_RESPONSE -> failAfterReady(message.error());
            default -> nextRow();
        });
    }

    private ValueTask<Void> ready() {
        return codec.receive().flatMap(message -> {
            if (message.type() != BackendMessage.READY_FOR_QUERY) {
                return ready();
            }
            status = message.transactionStatus();
            return Transport.DONE;
        });
    }

    private <T> ValueTask<T> failAfterReady(PgException error) {
        return ready().map(v -> {
            throw Throwables.sneakyThrow(error);
        });
    }

    ValueTask<Void> terminate() {
        return codec.send(Frontend.terminate());
    }
}
