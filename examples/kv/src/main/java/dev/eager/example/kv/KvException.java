package dev.eager.example.kv;

import java.io.IOException;

/** The store refused a command; the message is the store's. */
public class KvException extends IOException {
    private static final long serialVersionUID = 1L;

    public KvException(String message) {
        super(message);
    }
}
