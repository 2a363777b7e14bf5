package dev.eager.workload.orm;

import java.nio.ByteBuffer;

/**
 * The client's side of authentication: the answer to each {@code Authentication} request. Trust
 * (the server says ok at once), cleartext password (H2's PG server) and md5 are spoken; SASL
 * (SCRAM-SHA-256, PostgreSQL's default since 14) is out of scope and fails with a message naming it.
 */
public final class Authentication {
    static final int OK = 0;
    static final int CLEARTEXT = 3;
    static final int MD5 = 5;
    static final int SASL = 10;

    private Authentication() {
    }

    /**
     * The message to send for {@code request} (an {@code Authentication} message), or {@code null}
     * when it says authentication succeeded and there is nothing to answer.
     */
    public static ByteBuffer answer(BackendMessage request, Credentials credentials) {
        int code = request.authCode();
        return switch (code) {
            case OK -> null;
            case CLEARTEXT -> Frontend.password(credentials.password());
            case MD5 -> Frontend.md5Password(credentials.user(), credentials.password(), request.md5Salt());
            case SASL -> throw new PgException("FATAL", "28000", "server asks for SASL authentication "
                    + request.saslMechanisms() + " (SCRAM) for user '" + credentials.user()
                    + "', which this client does not speak: use trust, password or md5 in pg_hba.conf");
            default -> throw new PgException("FATAL", "28000",
                    "server asks for authentication method " + code + ", which this client does not speak");
        };
    }
}
