package dev.eager.workload.flagparameter;

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
 * PostgreSQL v3, simple query, every step taking the caller's {@code async} flag: startup and authentication, then per query {@code Query} →
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

    CompletableFuture<Void> startup(Credentials credentials, boolean async) {
        return codec.send(Frontend.startup(credentials.user(), credentials.database()), async)
                .thenCompose(sent -> authenticate(credentials, async));
    }

    private CompletableFuture<Void> authenticate(Credentials credentials, boolean async) {
        return codec.receive(async).thenCompose(message -> switch (message.type()) {
            case BackendMessage.AUTHENTICATION -> {
                ByteBuffer answer = Authentication.answer(message, credentials);
                yield (answer == null ? DONE : codec.send(answer, async)).thenCompose(sent -> authenticate(credentials, async));
            }
            case BackendMessage.READY_FOR_QUERY -> {
                status = message.transactionStatus();
                yield DONE;
            }
            case BackendMessage.ERROR_RESPONSE -> CompletableFuture.failedFuture(message.error());
            default -> authenticate(credentials, async); // ParameterStatus, BackendKeyData, notices
        });
    }

    /** Sends {@code sql}; completes with the result's columns, or {@code null} if it has no rows. */
    CompletableFuture<Columns> query(String sql, boolean async) {
        traffic.queried();
        return codec.send(Frontend.query(sql), async).thenCompose(sent -> describe(async));
    }

    private CompletableFuture<Columns> describe(boolean async) {
        return codec.receive(async).thenCompose(message -> switch (message.type()) {
            case BackendMessage.ROW_DESCRIPTION -> CompletableFuture.completedFuture(message.columns());
            case BackendMessage.COMMAND_COMPLETE, BackendMessage.EMPTY_QUERY -> ready(async).thenApply(v -> null);
            case BackendMessage.ERROR_RESPONSE -> failAfterReady(message.error(), async);
            default -> describe(async);
        });
    }

    /** The next row of the current result; {@code null} after the last (the connection is ready again). */
    CompletableFuture<Row> nextRow(boolean async) {
        return codec.receive(async).thenCompose(message -> switch (message.type()) {
            case BackendMessage.DATA_ROW -> CompletableFuture.completedFuture(message.row());
            case BackendMessage.COMMAND_COMPLETE -> ready(async).thenApply(v -> null);
            case BackendMessage.ERROR_RESPONSE -> failAfterReady(message.error(), async);
            default -> nextRow(async);
        });
    }

    private CompletableFuture<Void> ready(boolean async) {
        return codec.receive(async).thenCompose(message -> {
            if (message.type() != BackendMessage.READY_FOR_QUERY) {
                return ready(async);
            }
            status = message.transactionStatus();
            return DONE;
        });
    }

    private <T> CompletableFuture<T> failAfterReady(PgException error, boolean async) {
        return ready(async).thenCompose(v -> CompletableFuture.failedFuture(error));
    }

    CompletableFuture<Void> terminate(boolean async) {
        return codec.send(Frontend.terminate(), async);
    }
}
