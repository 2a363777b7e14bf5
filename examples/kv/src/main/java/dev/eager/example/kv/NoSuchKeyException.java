package dev.eager.example.kv;

/** Nothing is stored under the key asked for. */
public final class NoSuchKeyException extends KvException {
    private static final long serialVersionUID = 1L;

    public NoSuchKeyException(String key) {
        super("no such key: " + key);
    }
}
