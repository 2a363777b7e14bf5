package dev.eager.workload.future;

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
import java.util.concurrent.CompletableFuture;

/**
 * PostgreSQL v3, simple query: startup and authentication, then per query {@code Query} →
 * {@code RowDescription}, {@code DataRow}s, {@code CommandComplete} (or {@code ErrorResponse}) →
 * {@code ReadyForQuery}. An error is reported only after {@code ReadyForQuery}, so the
 * connection is in step again and stays usable.
 */
final class Protocol {
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

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
                .thenCompose(sent -> authenticate(credentials));
    }

    private CompletableFuture<Void> authenticate(Credentials credentials) {
        return codec.receive().thenCompose(message -> switch (message.type()) {
            case BackendMessage.AUTHENTICATION -> {
                ByteBuffer answer = Authentication.answer(message, credentials);
                yield (answer == null ? DONE : codec.send(answer)).thenCompose(sent -> authenticate(credentials));
            }
            case BackendMessage.READY_FOR_QUERY -> {
                status = message.transactionStatus();
                yield DONE;
            }
            case BackendMessage.ERROR_RESPONSE -> CompletableFuture.failedFuture(message.error());
            default -> authenticate(credentials); // ParameterStatus, BackendKeyData, notices
        });
    }

    /** Sends {@code sql}; completes with the result's columns, or {@code null} if it has no rows. */
    CompletableFuture<Columns> query(String sql) {
        traffic.queried();
        return codec.send(Frontend.query(sql)).thenCompose(sent -> describe());
    }

    private CompletableFuture<Columns> describe() {
        return codec.receive().thenCompose(message -> switch (message.type()) {
            case BackendMessage.ROW_DESCRIPTION -> CompletableFuture.completedFuture(message.columns());
            case BackendMessage.COMMAND_COMPLETE, BackendMessage.EMPTY_QUERY -> ready().thenApply(v -> null);
            case BackendMessage.ERROR_RESPONSE -> failAfterReady(message.error());
            default -> describe();
        });
    }

    /** The next row of the current result; {@code null} after the last (the connection is ready again). */
    CompletableFuture<Row> nextRow() {
        return codec.receive().thenCompose(message -> switch (message.type()) {
            case BackendMessage.DATA_ROW -> CompletableFuture.completedFuture(message.row());
            case BackendMessage.COMMAND_COMPLETE -> ready().thenApply(v -> null);
            case BackendMessage.ERROR_RESPONSE -> failAfterReady(message.error());
            default -> nextRow();
        });
    }

    private CompletableFuture<Void> ready() {
        return codec.receive().thenCompose(message -> {
            if (message.type() != BackendMessage.READY_FOR_QUERY) {
                return ready();
            }
            status = message.transactionStatus();
            return DONE;
        });
    }

    private <T> CompletableFuture<T> failAfterReady(PgException error) {
        return ready().thenCompose(v -> CompletableFuture.failedFuture(error));
    }

    CompletableFuture<Void> terminate() {
        return codec.send(Frontend.terminate());
    }
}
