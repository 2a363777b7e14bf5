package dev.eager.harness.load;

import dev.eager.workload.orm.OrmServers;
import dev.eager.workload.orm.SimpleSession;
import dev.eager.workload.orm.SocketServer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code scripts/roundtrip}: the time of one query round trip ({@code SELECT 1}, simple query, one
 * blocking connection) to a server, as percentiles: the I/O floor under every orm measurement,
 * and the check that H2's delayed-ACK stall (~44 ms) is gone. Run with {@code -Dorm.quickAck=false}
 * ({@code --no-quickack}) to see the stall.
 */
public final class RoundTrip {
    private RoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        String server = "h2";
        int count = 2000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--server" -> server = i + 1 < args.length ? args[++i] : "";
                case "--count" -> count = Integer.parseInt(i + 1 < args.length ? args[++i] : "0");
                case "-h", "--help" -> {
                    System.out.println("""
                            Usage: scripts/roundtrip [--server h2|postgres] [--count N] [--no-quickack]
                              Times N round trips of SELECT 1 on one blocking connection (after N/4 unmeasured)
                              and prints p50/p90/p99/max in microseconds.
                              --no-quickack  do not re-arm TCP_QUICKACK (shows H2's ~44 ms stall)""");
                    return;
                }
                default -> {
                    System.err.println("scripts/roundtrip: unknown argument '" + args[i] + "' (try --help)");
                    System.exit(2);
                }
            }
        }
        if (!List.of("h2", "postgres").contains(server) || count < 1) {
            System.err.println("scripts/roundtrip: expected --server h2|postgres and --count of at least 1");
            System.exit(2);
        }
        SocketServer target = (SocketServer) OrmServers.get(server);
        long[] micros = new long[count];
        try (SimpleSession session = SimpleSession.open(target.address(), target.credentials())) {
            for (int i = 0; i < count / 4; i++) {
                session.run("SELECT 1");
            }
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                session.run("SELECT 1");
                micros[i] = (System.nanoTime() - start) / 1000;
            }
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%s round trip (SELECT 1, %d samples, quickack %s): p50 %d us, p90 %d us,"
                        + " p99 %d us, max %d us%n", server, count, System.getProperty("orm.quickAck", "true"),
                micros[count / 2], micros[count * 9 / 10], micros[Math.min(count - 1, count * 99 / 100)], micros[count - 1]);
        System.exit(0);
    }
}
