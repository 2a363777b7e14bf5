package dev.eager.workload.orm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One message from the server: its type byte and its body (a read-only view, position 0). The
 * accessors decode the bodies of the types the simple-query flow meets.
 */
public record BackendMessage(byte type, ByteBuffer body) {
    public static final byte AUTHENTICATION = 'R';
    public static final byte PARAMETER_STATUS = 'S';
    public static final byte BACKEND_KEY_DATA = 'K';
    public static final byte READY_FOR_QUERY = 'Z';
    public static final byte ROW_DESCRIPTION = 'T';
    public static final byte DATA_ROW = 'D';
    public static final byte COMMAND_COMPLETE = 'C';
    public static final byte EMPTY_QUERY = 'I';
    public static final byte ERROR_RESPONSE = 'E';
    public static final byte NOTICE_RESPONSE = 'N';

    /** The column names of a {@code RowDescription}. */
    public Columns columns() {
        ByteBuffer b = body.duplicate();
        int count = b.getShort() & 0xffff;
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(cString(b));
            b.position(b.position() + 18); // table oid, attnum, type oid, size, modifier, format
        }
        return new Columns(names);
    }

    /** The text values of a {@code DataRow}; a SQL NULL is {@code null}. */
    public Row row() {
        ByteBuffer b = body.duplicate();
        int count = b.getShort() & 0xffff;
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            int length = b.getInt();
            if (length >= 0) {
                values[i] = StandardCharsets.UTF_8.decode(b.slice(b.position(), length)).toString();
                b.position(b.position() + length);
            }
        }
        return new Row(values);
    }

    /** The transaction status of a {@code ReadyForQuery}. */
    public TransactionStatus transactionStatus() {
        return TransactionStatus.of(body.get(0));
    }

    /** The authentication code of an {@code Authentication} message: 0 ok, 3 cleartext, 5 md5, 10 SASL. */
    public int authCode() {
        return body.getInt(0);
    }

    /** The 4-byte salt of an {@code AuthenticationMD5Password}. */
    public byte[] md5Salt() {
        byte[] salt = new byte[4];
        body.get(4, salt);
        return salt;
    }

    /** The mechanisms an {@code AuthenticationSASL} offers, e.g. {@code SCRAM-SHA-256}. */
    public List<String> saslMechanisms() {
        ByteBuffer b = body.duplicate().position(4);
        List<String> names = new ArrayList<>();
        for (String name = cString(b); !name.isEmpty(); name = b.hasRemaining() ? cString(b) : "") {
            names.add(name);
        }
        return names;
    }

    /** The name and value of a {@code ParameterStatus}. */
    public String[] parameter() {
        ByteBuffer b = body.duplicate();
        return new String[] {cString(b), cString(b)};
    }

    /** The tag of a {@code CommandComplete}, e.g. {@code SELECT 3}. */
    public String commandTag() {
        return cString(body.duplicate());
    }

    /** An {@code ErrorResponse} as our own exception, SQLSTATE included. */
    public PgException error() {
        ByteBuffer b = body.duplicate();
        String severity = "ERROR";
        String code = "XX000";
        String message = "";
        for (byte field = b.get(); field != 0; field = b.get()) {
            String value = cString(b);
            switch (field) {
                case 'S' -> severity = value;
                case 'C' -> code = value;
                case 'M' -> message = value;
                default -> {
                    // Detail, hint, position...: not needed to tell errors apart.
                }
            }
        }
        return new PgException(severity, code, message);
    }

    private static String cString(ByteBuffer b) {
        int start = b.position();
        int end = start;
        while (b.get(end) != 0) {
            end++;
        }
        b.position(end + 1);
        return StandardCharsets.UTF_8.decode(b.slice(start, end - start)).toString();
    }

    @Override
    public String toString() {
        return "BackendMessage[" + (char) type + ", " + body.remaining() + " bytes]";
    }
}
