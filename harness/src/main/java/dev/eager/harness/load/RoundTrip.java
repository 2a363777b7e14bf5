package dev.eager.harness.load;

import dev.eager.workload.orm.OrmServers;
import dev.eager.workload.orm.SimpleSession;
import dev.eager.workload.orm.SocketServer;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eager roundtrip}: the time of one query round trip ({@code SELECT 1}, simple query, one
 * blocking connection) to a server, as percentiles: the I/O floor under every orm measurement,
 * and the check that H2's delayed-ACK stall (~44 ms) is gone ({@code --no-quickack} shows it).
 */
@Command(name = "roundtrip", mixinStandardHelpOptions = true,
        header = "One query's round trip to an orm server: the I/O floor.",
        description = {"One query's round trip to an orm server: the I/O floor.",
            "Times N round trips of SELECT 1 on one blocking connection (after N/4",
            "unmeasured) and prints p50/p90/p99/max in microseconds."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "2:bad usage"})
public final class RoundTrip implements Callable<Integer> {
    /** The servers with a socket to time. */
    enum Server { h2, postgres }

    @Spec
    CommandSpec spec;

    @Option(names = "--server", paramLabel = "SERVER", defaultValue = "h2",
            description = "h2 (default) or postgres (start it with scripts/postgres start)")
    Server server;

    @Option(names = "--count", paramLabel = "N", defaultValue = "2000",
            description = "round trips measured (default 2000)")
    int count;

    @Option(names = "--no-quickack",
            description = "do not re-arm TCP_QUICKACK (shows H2's ~44 ms stall)")
    boolean noQuickAck;

    private RoundTrip() {
    }

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--count " + count + ": must be at least 1");
        }
        if (noQuickAck) {
            // Read when the first wire is made, below.
            System.setProperty("orm.quickAck", "false");
        }
        SocketServer target = (SocketServer) OrmServers.get(server.name());
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
                        + " p99 %d us, max %d us%n", server, count, !noQuickAck,
                micros[count / 2], micros[count * 9 / 10], micros[Math.min(count - 1, count * 99 / 100)], micros[count - 1]);
        return 0;
    }
}
