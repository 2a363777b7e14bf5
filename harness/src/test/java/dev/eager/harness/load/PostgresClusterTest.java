package dev.eager.harness.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eager.workload.orm.BackendMessage;
import dev.eager.workload.orm.Credentials;
import dev.eager.workload.orm.OrmServers;
import dev.eager.workload.orm.SimpleSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's own PostgreSQL cluster, through the real {@code scripts/postgres}: skipped in one line
 * where the server's binaries are missing; where they exist, started on loopback, answering, and
 * removed on close and when the JVM ends early. Clusters go to folders of their own under {@code
 * /tmp}, never the default one a developer's {@code scripts/postgres start} uses.
 */
class PostgresClusterTest {
    private static final Path SCRIPT = Path.of("..", "scripts", "postgres").toAbsolutePath().normalize();
    private static final AtomicInteger FOLDERS = new AtomicInteger();

    /** A folder that does not exist yet, which the script makes (its parent must be open to the postgres user). */
    private static Path freshFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"),
                "eager-postgres-test-" + ProcessHandle.current().pid() + "-" + FOLDERS.incrementAndGet());
    }

    private static boolean serverBinariesPresent() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.anyMatch(v -> Files.isExecutable(v.resolve("bin").resolve("initdb")));
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void withoutTheServerBinariesTheClusterIsSkippedAndSaysWhyInOneLine(@TempDir Path emptyBin) {
        Path folder = freshFolder();
        try (PostgresCluster cluster = PostgresCluster.start(SCRIPT, folder, Map.of("EAGER_PG_BIN", emptyBin.toString()))) {
            assertFalse(cluster.running());
            assertFalse(cluster.line().contains("\n"), cluster.line());
            assertTrue(cluster.line().startsWith("postgres: skipped"), cluster.line());
            assertTrue(cluster.line().contains("binaries not found"), cluster.line());
            assertEquals("skipped", cluster.describe().get("status"));
            assertTrue(cluster.describe().get("reason").toString().contains("binaries not found"), cluster.describe().toString());
            assertEquals(List.of(), cluster.forkFlags(), "no fork looks for a cluster that is not there");
            assertEquals(-1, cluster.port());
        }
        assertFalse(Files.exists(folder), "nothing left behind");
    }

    @Test
    void withoutTheScriptTheClusterIsSkippedToo(@TempDir Path nowhere) {
        try (PostgresCluster cluster = PostgresCluster.start(nowhere.resolve("postgres"), freshFolder())) {
            assertFalse(cluster.running());
            assertTrue(cluster.line().contains("not found"), cluster.line());
        }
    }

    @Test
    void whereTheBinariesExistAClusterStartsOnLoopbackAnswersAndIsRemovedOnClose() throws Exception {
        assumeTrue(serverBinariesPresent(), "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin on this machine");
        Path folder = freshFolder();
        int port;
        try (PostgresCluster cluster = PostgresCluster.start(SCRIPT, folder)) {
            assertTrue(cluster.running(), cluster.line());
            port = cluster.port();
            assertTrue(cluster.line().contains("127.0.0.1:" + port), cluster.line());
            assertEquals(List.of("-D" + OrmServers.POSTGRES_DIR_PROPERTY + "=" + folder), cluster.forkFlags());
            assertEquals("started", cluster.describe().get("status"));
            try (SimpleSession session = SimpleSession.open(new InetSocketAddress("127.0.0.1", port),
                    new Credentials("eager", "", "eager"))) {
                List<BackendMessage> answer = session.run("SELECT 42");
                assertTrue(answer.stream().anyMatch(m -> m.type() == 'D'), "a data row: " + answer);
            }
        }
        assertFalse(Files.exists(folder), "the cluster's folder, data included, is removed");
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close(), "nothing listens any more");
    }

    @Test
    void aJvmEndedWhileItsClusterRunsStillRemovesIt() throws Exception {
        assumeTrue(serverBinariesPresent(), "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin on this machine");
        Path folder = freshFolder();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RunThatIsInterrupted.class.getName(), SCRIPT.toString(), folder.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("postgres: a throw-away cluster"), "the child's first line: " + line);
            assertTrue(Files.exists(folder), "the cluster runs in " + folder);
            child.destroy(); // SIGTERM, as an interrupted run gets
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child ended");
        } finally {
            child.destroyForcibly();
        }
        assertFalse(Files.exists(folder), "the shutdown hook removed the cluster's folder");
    }

    /** A run that starts its cluster and then waits to be ended from outside. */
    public static final class RunThatIsInterrupted {
        public static void main(String[] args) throws InterruptedException {
            PostgresCluster cluster = PostgresCluster.start(Path.of(args[0]), Path.of(args[1]));
            System.out.println(cluster.line());
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
