package dev.eager.workload.continuations;

import dev.eager.workload.orm.Authentication;
import dev.eager.workload.orm.BackendMessage;
import dev.eager.workload.orm.Columns;
import dev.eager.workload.orm.Credentials;
import dev.eager.workload.orm.Frontend;
import dev.eager.workload.orm.PgException;
import dev.eager.workload.orm.Row;
import dev.eager.workload.orm.Traffic;
import dev.eager.workload.orm.TransactionStatus;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * PostgreSQL v3, simple query, written once, colourless: startup and authentication, then per query
 * {@code Query} → {@code RowDescription}, {@code DataRow}s, {@code CommandComplete} (or
 * {@code ErrorResponse}) → {@code ReadyForQuery}. An error is reported only after
 * {@code ReadyForQuery}, so the connection is in step again and stays usable.
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

    void startup(Credentials credentials) throws IOException {
        codec.send(Frontend.startup(credentials.user(), credentials.database()));
        while (true) {
            BackendMessage message = codec.receive();
            switch (message.type()) {
                case BackendMessage.AUTHENTICATION -> {
                    ByteBuffer answer = Authentication.answer(message, credentials);
                    if (answer != null) {
                        codec.send(answer);
                    }
                }
                case BackendMessage.READY_FOR_QUERY -> {
                    status = message.transactionStatus();
                    return;
                }
                case BackendMessage.ERROR_RESPONSE -> throw message.error();
                default -> {
                    // ParameterStatus, BackendKeyData, notices
                }
            }
        }
    }

    /** Sends {@code sql}; returns the result's columns, or {@code null} if it has no rows. */
    Columns query(String sql) throws IOException {
        traffic.queried();
        codec.send(Frontend.query(sql));
        while (true) {
            BackendMessage message = codec.receive();
            switch (message.type()) {
                case BackendMessage.ROW_DESCRIPTION -> {
                    return message.columns();
                }
                case BackendMessage.COMMAND_COMPLETE, BackendMessage.EMPTY_QUERY -> {
                    ready();
                    return null;
                }
                case BackendMessage.ERROR_RESPONSE -> throw failAfterReady(message.error());
                default -> {
                    // notices
                }
            }
        }
    }

    /** The next row of the current result; {@code null} after the last (the connection is ready again). */
    Row nextRow() throws IOException {
        while (true) {
            BackendMessage message = codec.receive();
            switch (message.type()) {
                case BackendMessage.DATA_ROW -> {
                    return message.row();
                }
                case BackendMessage.COMMAND_COMPLETE -> {
                    ready();
                    return null;
                }
                case BackendMessage.ERROR_RESPONSE -> throw failAfterReady(message.error());
                default -> {
                    // notices
                }
            }
        }
    }

    private void ready() throws IOException {
        BackendMessage message = codec.receive();
        while (message.type() != BackendMessage.READY_FOR_QUERY) {
            message = codec.receive();
        }
        status = message.transactionStatus();
    }

    private PgException failAfterReady(PgException error) throws IOException {
        ready();
        return error;
    }

    void terminate() throws IOException {
        codec.send(Frontend.terminate());
    }

}
