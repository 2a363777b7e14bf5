package dev.eager.workload.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eager.core.Mode;
import dev.eager.core.Throwables;
import dev.eager.workload.Workloads;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The orm workload's behaviour, held against one strategy's stack on each server: {@code h2} and
 * {@code memory} always, {@code postgres} when {@code -Dorm.server=postgres} or when the cluster of
 * {@code scripts/postgres} is running. Rows are checked against the seeded ones, not counted;
 * failures by identity and type; leaks by counts. No assertion on elapsed time (the waits below
 * are bounds that turn a hang into a failure).
 */
public abstract class OrmContract {
    private static final long PATIENCE_SECONDS = 60;

    private final String strategy;

    protected OrmContract(String strategy) {
        this.strategy = strategy;
    }

    /** The strategy this suite holds to the contract (for {@link dev.eager.workload.ContractCoverage}). */
    public final String strategyUnderTest() {
        return strategy;
    }

    static Stream<String> servers() {
        List<String> servers = new ArrayList<>(List.of("h2", "memory"));
        if (OrmServers.postgresConfigured() || "postgres".equals(System.getProperty("orm.server"))) {
            servers.add("postgres");
        }
        return servers.stream();
    }

    private OrmStack stack(String server) {
        return Workloads.orm(strategy, server, 0);
    }

    private List<Mode> modes(OrmStack stack) {
        return stack.hasSync() ? List.of(Mode.SYNC, Mode.EAGER, Mode.ASYNC) : List.of(Mode.EAGER, Mode.ASYNC);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    /** The exception an async future failed with, as the caller sees it once the wrapper is off. */
    private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(future));
        return Throwables.unwrap(e);
    }

    @Test
    void strategyHasAnOrmStack() {
        try (OrmStack stack = stack("memory")) {
            assertEquals(strategy, stack.strategy());
            assertEquals(OrmStack.LAYERS, stack.depth());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void findByIdReturnsTheSeededRowInEveryMode(String server) throws Exception {
        try (OrmStack stack = stack(server)) {
            for (Mode mode : modes(stack)) {
                for (int id : new int[] {1, 7, 42, Schema.USERS}) {
                    assertEquals(Schema.user(id), stack.findById().run(mode, id), mode + " user " + id);
                }
                assertNull(stack.findById().run(mode, Schema.USERS + 1), mode + ": no such user");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void findByIdsReturnsTheSeededRowsInOrderInEveryMode(String server) {
        try (OrmStack stack = stack(server)) {
            List<Integer> ids = List.of(14, 3, 99, 7);
            List<User> expected = Stream.of(3, 7, 14, 99).map(Schema::user).toList();
            for (Mode mode : modes(stack)) {
                assertEquals(expected, stack.findByIds().run(mode, ids), mode.toString());
                assertEquals(List.of(), stack.findByIds().run(mode, List.of()), mode + ": empty IN list");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void fanOutGivesEachUsersPostsInEveryMode(String server) {
        try (OrmStack stack = stack(server)) {
            List<Integer> users = List.of(3, 10, 20, 7, 55);
            Map<Integer, List<Post>> expected = new LinkedHashMap<>();
            users.forEach(u -> expected.put(u, Schema.postsOf(u)));
            for (Mode mode : modes(stack)) {
                long before = stack.traffic().queries();
                assertEquals(expected, stack.postsOf().run(mode, users), mode.toString());
                assertEquals(users.size(), stack.traffic().queries() - before, mode + ": one query per user");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void cursorLoopFetchesEveryRowOfAProlificUser(String server) {
        try (OrmStack stack = stack(server)) {
            List<Post> expected = Schema.postsOf(30);
            assertEquals(Schema.PROLIFIC_POSTS, expected.size());
            for (Mode mode : modes(stack)) {
                List<Row> rows = stack.execute().run(mode, "SELECT id, user_id, title, likes FROM posts"
                        + " WHERE user_id = 30 ORDER BY id");
                Columns columns = new Columns(List.of("id", "user_id", "title", "likes"));
                assertEquals(expected, rows.stream().map(r -> Post.MAPPER.map(columns, r)).toList(), mode.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void badSqlReachesAnEagerCallerAsPgExceptionAndTheConnectionStaysUsable(String server) {
        try (OrmStack stack = stack(server)) {
            assertEquals(Schema.user(5), stack.eager(5));
            long opened = stack.traffic().connectionsOpened();
            PgException e = assertThrows(PgException.class, () -> stack.execute().eager("SELEC nonsense FROM users"));
            assertEquals(5, e.sqlState().length(), e.sqlState());
            assertTrue(e.sqlState().startsWith("42"), "a syntax error's class is 42: " + e.sqlState());
            assertEquals(Schema.user(6), stack.eager(6));
            assertEquals(opened, stack.traffic().connectionsOpened(), "the connection that saw the error was reused");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void badSqlFailsAnAsyncFutureWithPgExceptionItself(String server) throws Exception {
        try (OrmStack stack = stack(server)) {
            assertEquals(Schema.user(5), await(stack.findById().async(5)));
            CompletableFuture<List<Row>> future = stack.execute().async("SELECT nope FROM no_such_table");
            PgException e = assertInstanceOf(PgException.class, failureOf(future));
            assertTrue(e.sqlState().startsWith("42"), e.sqlState());
            assertEquals(e, future.exceptionNow(), "the future holds the exception itself, not a wrapper");
            assertEquals(Schema.user(6), await(stack.findById().async(6)));
        }
    }

    @Test
    void syncCodeRaisesPgExceptionWhereTheStrategyHasIt() {
        try (OrmStack stack = stack("h2")) {
            assumeTrue(stack.hasSync(), "no sync code in this strategy");
            PgException e = assertThrows(PgException.class, () -> stack.execute().sync("SELEC 1"));
            assertTrue(e.sqlState().startsWith("42"), e.sqlState());
            assertEquals(Schema.user(8), stack.sync(8));
        }
    }

    @ParameterizedTest(name = "{0} service layers")
    @ValueSource(ints = {2, ServiceLayers.MAX})
    void serviceLayersAboveTheRepositoryGiveTheSameAnswersInEveryModeAndEachSeesEveryCall(int k) {
        for (String server : List.of("memory", "h2")) {
            try (OrmStack stack = Workloads.orm(strategy, server, 0, k)) {
                assertEquals(k, stack.services());
                assertEquals(k + OrmStack.LAYERS, stack.depth());
                int calls = 0;
                for (Mode mode : modes(stack)) {
                    for (int id : new int[] {1, 7, Schema.USERS}) {
                        assertEquals(Schema.user(id), stack.findById().run(mode, id), mode + " user " + id + " on " + server);
                        calls++;
                    }
                    assertNull(stack.findById().run(mode, Schema.USERS + 1), mode + ": no such user");
                    calls++;
                }
                assertEquals((long) calls * k, stack.serviceCalls().getAsLong(), "every layer passed every call on");
                assertEquals(calls, stack.traffic().queries(), "and every call reached the server once");
            }
        }
    }

    @Test
    void noServiceLayersIsTheRepositoryAloneAndMoreThanTheGeneratedOnesAreRefused() {
        try (OrmStack stack = Workloads.orm(strategy, "memory", 0, 0)) {
            assertEquals(Schema.user(3), stack.eager(3));
            assertEquals(0, stack.serviceCalls().getAsLong());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Workloads.orm(strategy, "memory", 0, ServiceLayers.MAX + 1));
        assertTrue(e.getMessage().contains("service layers"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {0, 0.5, 0.9, 0.99, 1})
    void cacheHitRatioDecidesWhichLookupsReachTheServer(double ratio) throws Exception {
        try (OrmStack stack = Workloads.orm(strategy, "memory", ratio)) {
            assertEquals(Schema.user(9), stack.eager(9)); // lookup 0: a miss (nothing cached yet) fills the cache
            int calls = 40;
            HitPattern pattern = stack.userCache().pattern();
            long expectedHits = java.util.stream.LongStream.rangeClosed(1, calls).filter(pattern::mayHit).count();
            for (int i = 0; i < calls; i++) {
                User user = i % 2 == 0 ? stack.eager(9) : await(stack.findById().async(9));
                assertEquals(Schema.user(9), user);
            }
            assertEquals(expectedHits, stack.userCache().hits());
            assertEquals(1 + calls - expectedHits, stack.traffic().queries(), "only misses reach the server");
        }
    }

    @Test
    void serverDroppingTheConnectionMidQueryGivesTheIoExceptionWithoutLeaks() throws Exception {
        SocketServer h2 = (SocketServer) OrmServers.get("h2");
        try (OrmStack warm = stack("h2")) {
            await(warm.findById().async(1)); // the async channel group's threads exist from here on
        }
        int wiresBefore = Wire.openCount();
        try (CuttingProxy proxy = new CuttingProxy(h2)) {
            OrmStack stack = Workloads.orm(strategy, proxy.server(), 0);
            assertEquals(Schema.user(2), stack.eager(2));
            proxy.cutNextQuery();
            Throwable eager = assertThrows(Throwable.class, () -> stack.eager(3));
            assertInstanceOf(IOException.class, eager, "the I/O failure itself, not a wrapper");

            assertEquals(Schema.user(4), await(stack.findById().async(4)));
            proxy.cutNextQuery();
            assertInstanceOf(IOException.class, failureOf(stack.findById().async(5)));

            assertEquals(Schema.user(6), stack.eager(6), "a new connection replaces the dropped one");
            stack.close();
            assertEquals(0, stack.traffic().openConnections(), "every connection the stack opened is closed");
        }
        assertEquals(wiresBefore, Wire.openCount(), "no socket left open");
        assertEquals(List.of(), threadsInsideTheStack(), "no thread left running or waiting in the stack's code");
    }

    @Test
    void asyncCallReturnsBeforeTheServerAnswers() throws Exception {
        SocketServer h2 = (SocketServer) OrmServers.get("h2");
        try (CuttingProxy proxy = new CuttingProxy(h2); OrmStack stack = Workloads.orm(strategy, proxy.server(), 0)) {
            assertEquals(Schema.user(1), await(stack.findById().async(1)));
            CompletableFuture<Void> gate = new CompletableFuture<>();
            proxy.holdNextQuery(gate);
            CompletableFuture<User> pending = stack.findById().async(11);
            assertFalse(pending.isDone(), "the query is held at the proxy, so the call must not have completed");
            gate.complete(null);
            assertEquals(Schema.user(11), await(pending));
        }
    }

    @Test
    void asyncFanOutHasEveryUsersQueryInFlightAtOnce() throws Exception {
        SocketServer h2 = (SocketServer) OrmServers.get("h2");
        List<Integer> users = List.of(3, 10, 20, 7);
        Map<Integer, List<Post>> expected = new LinkedHashMap<>();
        users.forEach(u -> expected.put(u, Schema.postsOf(u)));
        try (CuttingProxy proxy = new CuttingProxy(h2); OrmStack stack = Workloads.orm(strategy, proxy.server(), 0)) {
            assertEquals(Schema.user(1), await(stack.findById().async(1)));
            CompletableFuture<Void> gate = new CompletableFuture<>();
            proxy.holdQueries(gate);
            int before = proxy.queriesSeen();
            CompletableFuture<Map<Integer, List<Post>>> pending = stack.postsOf().async(users);
            // Bounded wait for a count, not a timing check: all queries reach the server before any is answered.
            for (int i = 0; i < PATIENCE_SECONDS * 20 && proxy.queriesSeen() - before < users.size(); i++) {
                Thread.sleep(50);
            }
            assertEquals(users.size(), proxy.queriesSeen() - before, "every user's query sent while none was answered");
            assertFalse(pending.isDone());
            gate.complete(null);
            assertEquals(expected, await(pending));
        }
    }

    @Test
    void eagerCallWaitingForTheServerHonoursInterruption() throws Exception {
        SocketServer h2 = (SocketServer) OrmServers.get("h2");
        try (CuttingProxy proxy = new CuttingProxy(h2); OrmStack stack = Workloads.orm(strategy, proxy.server(), 0)) {
            assertEquals(Schema.user(1), stack.eager(1));
            CompletableFuture<Void> gate = new CompletableFuture<>();
            proxy.holdQueries(gate);
            int before = proxy.queriesSeen();
            java.util.concurrent.atomic.AtomicReference<Throwable> caught = new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicBoolean interruptedAfter = new java.util.concurrent.atomic.AtomicBoolean();
            Thread caller = Thread.ofPlatform().start(() -> {
                try {
                    stack.eager(12);
                } catch (Throwable t) {
                    caught.set(t);
                    interruptedAfter.set(Thread.currentThread().isInterrupted());
                }
            });
            for (int i = 0; i < PATIENCE_SECONDS * 20 && proxy.queriesSeen() == before; i++) {
                Thread.sleep(50);
            }
            assertEquals(before + 1, proxy.queriesSeen(), "the query is at the server, the caller waits for the answer");
            caller.interrupt();
            caller.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
            assertFalse(caller.isAlive(), "the interrupt ended the wait");
            gate.complete(null);
            assertInstanceOf(java.nio.channels.ClosedByInterruptException.class, caught.get(),
                    "an interrupted socket read: the channel is closed, interrupt status set");
            assertTrue(interruptedAfter.get());
            assertEquals(Schema.user(13), stack.eager(13), "the stack goes on with a new connection");
        }
    }

    @Test
    void eagerCallsOnOneStackShareOnePooledConnection() {
        try (OrmStack stack = stack("h2")) {
            for (int id = 1; id <= 10; id++) {
                assertEquals(Schema.user(id), stack.eager(id));
            }
            assertEquals(1, stack.traffic().connectionsOpened());
        }
    }

    @Test
    void md5AuthenticationWorksAgainstPostgres() throws Exception {
        assumeTrue(OrmServers.postgresConfigured(), "no postgres cluster (scripts/postgres start)");
        var settings = OrmServers.postgresSettings();
        assumeTrue(settings.getProperty("md5.user") != null, "cluster has no md5 role");
        SocketServer postgres = ((SocketServer) OrmServers.get("postgres")).as(new Credentials(
                settings.getProperty("md5.user"), settings.getProperty("md5.password"), settings.getProperty("database")));
        try (OrmStack stack = Workloads.orm(strategy, postgres, 0)) {
            assertEquals(Schema.user(12), stack.eager(12));
            assertEquals(Schema.user(13), await(stack.findById().async(13)));
        }
    }

    @Test
    void scramAuthenticationFailsWithAMessageNamingIt() {
        assumeTrue(OrmServers.postgresConfigured(), "no postgres cluster (scripts/postgres start)");
        var settings = OrmServers.postgresSettings();
        assumeTrue(settings.getProperty("scram.user") != null, "cluster has no SCRAM role");
        SocketServer postgres = ((SocketServer) OrmServers.get("postgres")).as(new Credentials(
                settings.getProperty("scram.user"), settings.getProperty("scram.password"), settings.getProperty("database")));
        try (OrmStack stack = Workloads.orm(strategy, postgres, 0)) {
            PgException e = assertThrows(PgException.class, () -> stack.eager(1));
            assertTrue(e.getMessage().contains("SCRAM"), e.getMessage());
            assertEquals(0, stack.traffic().openConnections(), "the refused connection is closed");
        }
    }

    /**
     * Threads other than this one with a frame of the workload's main code on their stack: a
     * leaked reader or a stuck completion would show here. Completion handlers finishing on the
     * channel group's threads are given a bounded while to leave (a bound, not a timing check).
     */
    private static List<String> threadsInsideTheStack() throws InterruptedException {
        List<String> inside = List.of();
        for (int attempt = 0; attempt < 100; attempt++) {
            inside = Thread.getAllStackTraces().entrySet().stream()
                    .filter(e -> e.getKey() != Thread.currentThread())
                    .filter(e -> !e.getKey().getName().startsWith(CuttingProxy.THREAD_PREFIX))
                    .filter(e -> Stream.of(e.getValue()).anyMatch(f -> f.getClassName().startsWith("dev.eager.workload.")
                            && !f.getClassName().startsWith("dev.eager.workload.LoopbackEcho") // the chain's echo server
                            && !f.getClassName().contains("Test") && !f.getClassName().contains("Contract")))
                    .map(e -> e.getKey().getName())
                    .toList();
            if (inside.isEmpty()) {
                return inside;
            }
            Thread.sleep(100);
        }
        return inside;
    }
}
