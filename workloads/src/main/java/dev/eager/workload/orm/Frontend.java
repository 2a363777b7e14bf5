package dev.eager.workload.orm;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The messages a client sends in the PostgreSQL v3 protocol's simple-query flow, encoded into
 * buffers ready to write: {@code StartupMessage}, {@code PasswordMessage} (cleartext or md5),
 * {@code Query} and {@code Terminate}.
 */
public final class Frontend {
    private static final int PROTOCOL_3_0 = 196608;

    private Frontend() {
    }

    /** The untyped first message: protocol version and the user/database parameters. */
    public static ByteBuffer startup(String user, String database) {
        byte[] params = ("user\0" + user + "\0database\0" + database + "\0client_encoding\0UTF8\0\0")
                .getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(8 + params.length);
        out.putInt(8 + params.length).putInt(PROTOCOL_3_0).put(params);
        return out.flip();
    }

    /** {@code PasswordMessage} carrying the password in clear (AuthenticationCleartextPassword). */
    public static ByteBuffer password(String password) {
        return typed('p', cString(password));
    }

    /** {@code PasswordMessage} for AuthenticationMD5Password: {@code "md5" + md5(md5(password + user) + salt)}. */
    public static ByteBuffer md5Password(String user, String password, byte[] salt) {
        String inner = HexFormat.of().formatHex(md5(utf8(password + user)));
        byte[] innerBytes = utf8(inner);
        byte[] salted = new byte[innerBytes.length + salt.length];
        System.arraycopy(innerBytes, 0, salted, 0, innerBytes.length);
        System.arraycopy(salt, 0, salted, innerBytes.length, salt.length);
        return typed('p', cString("md5" + HexFormat.of().formatHex(md5(salted))));
    }

    /** {@code Query}: one SQL string, run with the simple-query protocol. */
    public static ByteBuffer query(String sql) {
        return typed('Q', cString(sql));
    }

    /** {@code Terminate}: the polite goodbye before closing the socket. */
    public static ByteBuffer terminate() {
        return typed('X', new byte[0]);
    }

    private static ByteBuffer typed(char type, byte[] body) {
        ByteBuffer out = ByteBuffer.allocate(5 + body.length);
        out.put((byte) type).putInt(4 + body.length).put(body);
        return out.flip();
    }

    private static byte[] cString(String s) {
        byte[] bytes = utf8(s);
        byte[] out = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, out, 0, bytes.length);
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] md5(byte[] input) {
        try {
            return MessageDigest.getInstance("MD5").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5, which PostgreSQL's md5 auth needs", e);
        }
    }
}
