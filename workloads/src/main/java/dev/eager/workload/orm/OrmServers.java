package dev.eager.workload.orm;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The servers of the orm workload, one per name and JVM, started (and seeded) on first use:
 * <ul>
 *   <li>{@code h2}: H2's PostgreSQL-protocol server embedded on 127.0.0.1, ephemeral port, over an
 *       in-memory database. Nothing to install. It asks for a cleartext password.
 *   <li>{@code postgres}: the throw-away cluster {@code scripts/postgres start} runs, found through the
 *       file it writes into its folder ({@link #postgresSettingsFile()}: the folder is {@code
 *       -Deager.pg.dir}, else {@code $EAGER_PG_DIR}, else the script's default) or {@code
 *       -Dorm.postgres.port=...} (and {@code .host}, {@code .user}, {@code .password}, {@code .database}).
 *   <li>{@code memory}: replays replies recorded from the {@code h2} server.
 * </ul>
 */
public final class OrmServers {
    /** Every server name, in report order. */
    public static final List<String> NAMES = List.of("h2", "postgres", "memory");
    /**
     * The system property naming the cluster's folder, for JVMs a launcher forks with a cluster of
     * its own (a JVM cannot set its children's environment through JMH); it wins over {@code
     * EAGER_PG_DIR}.
     */
    public static final String POSTGRES_DIR_PROPERTY = "eager.pg.dir";
    /** The environment variable {@code scripts/postgres} keeps its cluster's folder in. */
    public static final String POSTGRES_DIR_VARIABLE = "EAGER_PG_DIR";
    /** {@code scripts/postgres}'s folder when {@code EAGER_PG_DIR} is not set. */
    public static final Path DEFAULT_POSTGRES_DIR = Path.of("/tmp/eager-postgres");

    private static final Credentials H2_CREDENTIALS = new Credentials("eager", "eager", "eager");
    private static final Map<String, OrmServer> STARTED = new ConcurrentHashMap<>();

    private OrmServers() {
    }

    /** The server {@code name}, started and seeded if this is the first call. */
    public static OrmServer get(String name) {
        return STARTED.computeIfAbsent(name, OrmServers::start);
    }

    /** The folder of {@code scripts/postgres}'s cluster, as the script chooses it (see {@link #POSTGRES_DIR_PROPERTY}). */
    public static Path postgresDir() {
        return postgresDir(System.getProperty(POSTGRES_DIR_PROPERTY), System.getenv(POSTGRES_DIR_VARIABLE));
    }

    /** The folder named by the property, else by the environment variable, else the script's default. */
    static Path postgresDir(String property, String variable) {
        for (String named : new String[] {property, variable}) {
            if (named != null && !named.isBlank()) {
                return Path.of(named);
            }
        }
        return DEFAULT_POSTGRES_DIR;
    }

    /** Where {@code scripts/postgres start} writes the connection settings of its cluster. */
    public static Path postgresSettingsFile() {
        return postgresDir().resolve("connection.properties");
    }

    /** Whether a {@code postgres} server is configured: the script's cluster is running or properties name one. */
    public static boolean postgresConfigured() {
        return System.getProperty("orm.postgres.port") != null || Files.isReadable(postgresSettingsFile());
    }

    /** The {@code postgres} cluster's settings file as properties (see {@code scripts/postgres}). */
    public static Properties postgresSettings() {
        Properties settings = new Properties();
        Path file = postgresSettingsFile();
        if (Files.isReadable(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                settings.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read", e);
            }
        }
        for (String key : List.of("host", "port", "user", "password", "database")) {
            String override = System.getProperty("orm.postgres." + key);
            if (override != null) {
                settings.setProperty(key, override);
            }
        }
        return settings;
    }

    private static OrmServer start(String name) {
        try {
            return switch (name) {
                case "h2" -> seeded(startH2());
                case "postgres" -> seeded(postgres());
                case "memory" -> {
                    SocketServer h2 = (SocketServer) get("h2");
                    yield new MemoryServer(Recording.of(h2.address(), h2.credentials()), h2.credentials());
                }
                default -> throw new IllegalArgumentException("unknown server '" + name + "': expected one of " + NAMES);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start server '" + name + "'", e);
        }
    }

    private static SocketServer seeded(SocketServer server) throws IOException {
        try (SimpleSession session = SimpleSession.open(server.address(), server.credentials())) {
            Schema.seed(session);
        }
        return server;
    }

    private static SocketServer startH2() {
        // Read once by H2 when its classes load: listen on loopback only.
        System.setProperty("h2.bindAddress", "127.0.0.1");
        try {
            org.h2.tools.Server server = org.h2.tools.Server.createPgServer(
                    "-pgPort", "0", "-pgDaemon", "-ifNotExists",
                    "-key", H2_CREDENTIALS.database(), "mem:eager;DB_CLOSE_DELAY=-1").start();
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.getPort());
            return new SocketServer("h2", address, H2_CREDENTIALS);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start H2's PostgreSQL server on 127.0.0.1", e);
        }
    }

    private static SocketServer postgres() {
        if (!postgresConfigured()) {
            throw new IllegalStateException("no postgres server: run scripts/postgres start (writes "
                    + postgresSettingsFile() + ") or pass -Dorm.postgres.port=...");
        }
        Properties s = postgresSettings();
        InetSocketAddress address = new InetSocketAddress(s.getProperty("host", "127.0.0.1"),
                Integer.parseInt(s.getProperty("port", "5432")));
        Credentials credentials = new Credentials(s.getProperty("user", "eager"), s.getProperty("password", ""),
                s.getProperty("database", "eager"));
        return new SocketServer("postgres", address, credentials);
    }
}
