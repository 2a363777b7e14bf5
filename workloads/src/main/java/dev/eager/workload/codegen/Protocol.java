package dev.eager.workload.codegen;

import static java.util.concurrent.CompletableFuture.completedFuture;
import static java.util.concurrent.CompletableFuture.failedFuture;

import dev.eager.strategy.codegen.GenerateSync;
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
import java.util.concurrent.CompletableFuture;

/**
 * PostgreSQL v3, simple query: startup and authentication, then per query {@code Query} →
 * {@code RowDescription}, {@code DataRow}s, {@code CommandComplete} (or {@code ErrorResponse}) →
 * {@code ReadyForQuery}. An error is reported only after {@code ReadyForQuery}, so the
 * connection is in step again and stays usable. A loop over messages is a method calling itself
 * in a step, as async code has it; the sync twin keeps that shape.
 */
@GenerateSync(failures = IOException.class)
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

    CompletableFuture<Void> startup(Credentials credentials) {
        return codec.send(Frontend.startup(credentials.user(), credentials.database()))
                .thenCompose(_ -> authenticate(credentials));
    }

    private CompletableFuture<Void> authenticate(Credentials credentials) {
        return codec.receive().thenCompose(message -> switch (message.type()) {
            case BackendMessage.AUTHENTICATION -> answer(Authentication.answer(message, credentials))
                    .thenCompose(_ -> authenticate(credentials));
            case BackendMessage.READY_FOR_QUERY -> {
                status = message.transactionStatus();
                yield completedFuture(null);
            }
            case BackendMessage.ERROR_RESPONSE -> failedFuture(message.error());
            default -> authenticate(credentials); // ParameterStatus, BackendKeyData, notices
        });
    }

    /** Sends the answer to an authentication request, if it needs one. */
    private CompletableFuture<Void> answer(ByteBuffer answer) {
        return answer == null ? completedFuture(null) : codec.send(answer);
    }

    /** Sends {@code sql}; completes with the result's columns, or {@code null} if it has no rows. */
    CompletableFuture<Columns> query(String sql) {
        traffic.queried();
        return codec.send(Frontend.query(sql)).thenCompose(_ -> describe());
    }

    private CompletableFuture<Columns> describe() {
        return codec.receive().thenCompose(message -> switch (message.type()) {
            case BackendMessage.ROW_DESCRIPTION -> completedFuture(message.columns());
            case BackendMessage.COMMAND_COMPLETE, BackendMessage.EMPTY_QUERY -> ready().thenApply(_ -> null);
            case BackendMessage.ERROR_RESPONSE -> failAfterReady(message.error());
            default -> describe(); // notices
        });
    }

    /** The next row of the current result; {@code null} after the last (the connection is ready again). */
    CompletableFuture<Row> nextRow() {
        return codec.receive().thenCompose(message -> switch (message.type()) {
            case BackendMessage.DATA_ROW -> completedFuture(message.row());
            case BackendMessage.COMMAND_COMPLETE -> ready().thenApply(_ -> null);
            case BackendMessage.ERROR_RESPONSE -> failAfterReady(message.error());
            default -> nextRow(); // notices
        });
    }

    private CompletableFuture<Void> ready() {
        return codec.receive().thenCompose(message -> {
            if (message.type() != BackendMessage.READY_FOR_QUERY) {
                return ready();
            }
            status = message.transactionStatus();
            return completedFuture(null);
        });
    }

    private <T> CompletableFuture<T> failAfterReady(PgException error) {
        return ready().thenCompose(_ -> failedFuture(error));
    }

    CompletableFuture<Void> terminate() {
        return codec.send(Frontend.terminate());
    }
}
