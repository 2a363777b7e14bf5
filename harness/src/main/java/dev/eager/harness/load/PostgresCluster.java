package dev.eager.harness.load;

import dev.eager.workload.orm.OrmServers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A throw-away PostgreSQL cluster for one run, made and removed by {@code scripts/postgres} (the
 * same code a user runs by hand: loopback only, its own folder and port). Where the server's
 * binaries are missing, or the cluster does not start, the cluster is <em>skipped</em>: {@link
 * #line()} says why in one line and the run goes on without the {@code postgres} server.
 *
 * <p>Removed by {@link #close()}, and by a shutdown hook if the JVM ends first (the run failed
 * with an error that escaped, or was interrupted with Ctrl-C or SIGTERM). The forks that measure
 * on it find it through {@link #forkFlags()}.
 */
public final class PostgresCluster implements AutoCloseable {
    /** How long {@code scripts/postgres} may take to start or stop a cluster before we give up. */
    private static final long PATIENCE_SECONDS = 120;

    private final Removal removal;
    private final String skipReason;
    private final Properties settings;

    private PostgresCluster(Removal removal, String skipReason, Properties settings) {
        this.removal = removal;
        this.skipReason = skipReason;
        this.settings = settings;
    }

    /**
     * Starts a cluster in {@code dir} (which must not hold one) with {@code script}, or returns a
     * skipped cluster saying why not. Never throws for a missing binary or a failed start.
     */
    public static PostgresCluster start(Path script, Path dir) {
        return start(script, dir, Map.of());
    }

    /** As {@link #start(Path, Path)}, with these variables added to the script's environment (e.g. {@code EAGER_PG_BIN}). */
    public static PostgresCluster start(Path script, Path dir, Map<String, String> environment) {
        if (!Files.isExecutable(script)) {
            return new PostgresCluster(new Removal(script, dir, environment), script + " not found", new Properties());
        }
        // Armed before the start: an interrupt while initdb runs must not leave a half-made cluster.
        Removal removal = new Removal(script, dir, environment);
        Runtime.getRuntime().addShutdownHook(removal.hook);
        String skipReason;
        Properties settings = new Properties();
        try {
            Outcome started = run(script, dir, environment, "start");
            Path file = dir.resolve("connection.properties");
            if (started.exitCode() == 0 && Files.isReadable(file)) {
                try (var reader = Files.newBufferedReader(file)) {
                    settings.load(reader);
                }
                skipReason = null;
            } else {
                skipReason = started.lastLine();
            }
        } catch (IOException e) {
            skipReason = "scripts/postgres start: " + e.getMessage();
        }
        PostgresCluster cluster = new PostgresCluster(removal, skipReason, settings);
        if (!cluster.running()) {
            cluster.close(); // a failed start may leave a half-made folder
        }
        return cluster;
    }

    /** Whether the cluster runs (false: skipped, see {@link #line()}). */
    public boolean running() {
        return skipReason == null;
    }

    /** The cluster's folder. */
    public Path dir() {
        return removal.dir;
    }

    /** The port it listens on, 127.0.0.1 only; -1 when skipped. */
    public int port() {
        return running() ? Integer.parseInt(settings.getProperty("port")) : -1;
    }

    /** One line for the run's log: where the cluster runs, or why the run goes on without it. */
    public String line() {
        return running()
                ? "postgres: a throw-away cluster on 127.0.0.1:" + port() + " in " + dir() + " ("
                        + settings.getProperty("version", "version unknown") + "), removed at the end of the run"
                : "postgres: skipped, the run goes on without it: " + skipReason;
    }

    /** For the manifest: whether the cluster ran, and its version or why not. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", running() ? "started" : "skipped");
        if (running()) {
            out.put("version", settings.getProperty("version", ""));
        } else {
            out.put("reason", skipReason);
        }
        return out;
    }

    /** The flags a fork needs to find this cluster (none when skipped). */
    public List<String> forkFlags() {
        return running() ? List.of("-D" + OrmServers.POSTGRES_DIR_PROPERTY + "=" + dir()) : List.of();
    }

    /** Stops the cluster and removes its folder (once; also when it was skipped half-made). */
    @Override
    public void close() {
        removal.run();
        try {
            Runtime.getRuntime().removeShutdownHook(removal.hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting: the hook runs (or ran) the same removal, once.
        }
    }

    /** {@code scripts/postgres stop} for one folder, at most once: from {@link #close()} or the shutdown hook. */
    private static final class Removal implements Runnable {
        private final Path script;
        private final Path dir;
        private final Map<String, String> environment;
        private final AtomicBoolean done = new AtomicBoolean();
        private final Thread hook = new Thread(this, "postgres-cluster-removal");

        Removal(Path script, Path dir, Map<String, String> environment) {
            this.script = script;
            this.dir = dir;
            this.environment = Map.copyOf(environment);
        }

        @Override
        public void run() {
            if (!done.compareAndSet(false, true) || !Files.isExecutable(script)) {
                return;
            }
            try {
                Outcome stopped = PostgresCluster.run(script, dir, environment, "stop");
                if (stopped.exitCode() != 0) {
                    System.err.println("postgres: could not remove " + dir + ": " + stopped.lastLine());
                }
            } catch (IOException e) {
                System.err.println("postgres: could not remove " + dir + ": " + e.getMessage());
            }
        }
    }

    private record Outcome(int exitCode, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\n");
            String last = lines[lines.length - 1].strip();
            return last.isEmpty() ? "scripts/postgres exited with " + exitCode : last;
        }
    }

    private static Outcome run(Path script, Path dir, Map<String, String> environment, String command)
            throws IOException {
        Path log = Files.createTempFile("eager-postgres-" + command, ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command)
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put(OrmServers.POSTGRES_DIR_VARIABLE, dir.toString());
            Process process = builder.start();
            boolean finished;
            try {
                finished = process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                return new Outcome(-1, "scripts/postgres " + command + " interrupted");
            }
            if (!finished) {
                process.destroyForcibly();
                return new Outcome(-1, "scripts/postgres " + command + " took over " + PATIENCE_SECONDS + " s");
            }
            return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
