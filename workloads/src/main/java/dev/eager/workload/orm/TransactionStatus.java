package dev.eager.workload.orm;

/** The transaction status {@code ReadyForQuery} reports after every query. */
public enum TransactionStatus {
    /** {@code I}: not in a transaction block; the connection may go back to the pool as is. */
    IDLE,
    /** {@code T}: inside a transaction block. */
    IN_TRANSACTION,
    /** {@code E}: inside a failed transaction block; only a rollback gets out. */
    FAILED;

    static TransactionStatus of(byte status) {
        return switch (status) {
            case 'I' -> IDLE;
            case 'T' -> IN_TRANSACTION;
            case 'E' -> FAILED;
            default -> throw new IllegalStateException("unknown transaction status '" + (char) status + "'");
        };
    }
}
