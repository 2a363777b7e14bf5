package dev.eager.workload.orm;

/**
 * An error the server reported (an {@code ErrorResponse}), or an authentication this client does not
 * speak: carries the SQLSTATE so callers can tell a syntax error ({@code 42601}, {@code 42S02}...)
 * from a lost connection, which is an {@link java.io.IOException} instead.
 *
 * <p>Unchecked, like every failure of the workload stacks, which throw the leaf's own exception
 * whether or not the signature declares it. The connection that received it stays usable: the
 * protocol reads on to {@code ReadyForQuery} before it fails the call.
 */
public final class PgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;
    private final String severity;

    public PgException(String severity, String sqlState, String message) {
        super(severity + " " + sqlState + ": " + message);
        this.severity = severity;
        this.sqlState = sqlState;
    }

    /** The five-character SQLSTATE code, e.g. {@code 42601} for a syntax error. */
    public String sqlState() {
        return sqlState;
    }

    /** The server's severity, e.g. {@code ERROR} or {@code FATAL}. */
    public String severity() {
        return severity;
    }
}
