package dev.eager.example.kv;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store's side of the protocol: answers one command line ({@code GET k}, {@code PUT k v},
 * {@code INCR k}) with one reply line. Behind {@link InMemoryTransport}, and behind a server.
 */
public final class Store {
    private final Map<String, String> values = new ConcurrentHashMap<>();

    /** The reply to {@code request}: {@code OK value}, {@code NIL} or {@code ERR message}. */
    public String handle(String request) {
        String[] words = request.split(" ", 3);
        String command = words[0];
        if (command.equals("GET") && words.length == 2) {
            return reply(values.get(words[1]));
        }
        if (command.equals("PUT") && words.length == 3) {
            return reply(values.put(words[1], words[2]));
        }
        if (command.equals("INCR") && words.length == 2) {
            try {
                return reply(values.compute(words[1], (key, old) -> Long.toString(old == null ? 1 : Long.parseLong(old) + 1)));
            } catch (NumberFormatException e) {
                return "ERR not a number: " + words[1];
            }
        }
        return "ERR unknown command: " + request;
    }

    private static String reply(String value) {
        return value == null ? "NIL" : "OK " + value;
    }
}
