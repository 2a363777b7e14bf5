package dev.eager.workload.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The colour-free parts: the H2 server's quirks, quick-ack, framing, the SQL compiler, the cache dial. */
class OrmWireTest {
    @Test
    void h2AsksForACleartextPasswordAndReportsItsServerVersion() throws Exception {
        SocketServer h2 = (SocketServer) OrmServers.get("h2");
        try (SocketWire wire = SocketWire.connect(h2.address())) {
            wire.write(Frontend.startup("eager", "eager"));
            ByteBuffer in = ByteBuffer.allocate(Framing.BUFFER_SIZE);
            BackendMessage auth = readMessage(wire, in);
            assertEquals(BackendMessage.AUTHENTICATION, auth.type());
            assertEquals(Authentication.CLEARTEXT, auth.authCode());
            wire.write(Authentication.answer(auth, h2.credentials()));
            String version = null;
            for (BackendMessage m = readMessage(wire, in); m.type() != BackendMessage.READY_FOR_QUERY; m = readMessage(wire, in)) {
                if (m.type() == BackendMessage.PARAMETER_STATUS && m.parameter()[0].equals("server_version")) {
                    version = m.parameter()[1];
                }
            }
            assertEquals("8.2.23", version);
        }
    }

    @Test
    void blockingWireKeepsQuickAckArmedAfterEachRead() throws Exception {
        SocketServer h2 = (SocketServer) OrmServers.get("h2");
        try (SocketWire wire = SocketWire.connect(h2.address())) {
            assertTrue(wire.quickAck(), "Linux supports TCP_QUICKACK; without it every H2 query stalls ~44 ms");
            wire.write(Frontend.startup("eager", "eager"));
            readMessage(wire, ByteBuffer.allocate(Framing.BUFFER_SIZE));
            assertTrue(wire.quickAckArmed(), "re-armed after the read");
        }
    }

    private static BackendMessage readMessage(SocketWire wire, ByteBuffer in) throws Exception {
        while (true) {
            in.flip();
            BackendMessage m = Framing.next(in);
            in.compact();
            if (m != null) {
                return m;
            }
            assertTrue(wire.read(in) >= 0, "server hung up");
        }
    }

    @Test
    void memoryServerAnswersRepeatedQueriesFromTheRecordingWithoutIo() throws Exception {
        MemoryServer memory = (MemoryServer) OrmServers.get("memory");
        try (OrmStack stack = dev.eager.workload.Workloads.orm("future", memory, 0)) {
            assertEquals(Schema.user(33), stack.eager(33)); // may record this query once
            assertEquals(Schema.user(33), stack.findById().async(33).get()); // the pool's async wire
            long recorded = memory.recorded();
            int sockets = Wire.openCount();
            for (int i = 0; i < 50; i++) {
                assertEquals(Schema.user(33), stack.eager(33));
                assertEquals(Schema.user(33), stack.findById().async(33).get());
            }
            assertEquals(recorded, memory.recorded(), "every reply replayed, none fetched from the live server");
            assertEquals(sockets, Wire.openCount(), "no new connection: the pooled ones are reused");
            assertEquals(102, stack.traffic().queries(), "every call went through the whole stack");
        }
    }

    @Test
    void framingWaitsForAWholeFrame() {
        ByteBuffer frame = ByteBuffer.allocate(9).put((byte) 'Z').putInt(5).put((byte) 'I').flip();
        assertNull(Framing.next(frame.duplicate().limit(4)));
        assertNull(Framing.next(frame.duplicate().limit(5)));
        BackendMessage m = Framing.next(frame);
        assertEquals(BackendMessage.READY_FOR_QUERY, m.type());
        assertEquals(TransactionStatus.IDLE, m.transactionStatus());
    }

    @Test
    void compilerQuotesValuesAndRejectsOddIdentifiers() {
        QuerySpec<User> spec = QuerySpec.all(Model.USER).filter(Filter.eq("name", "O'Reilly"))
                .filter(Filter.in("id", List.of(1, 2))).orderBy("id");
        assertEquals("SELECT id, name, email FROM users WHERE name = 'O''Reilly' AND id IN (1, 2) ORDER BY id",
                SqlCompiler.compile(spec));
        assertThrows(IllegalArgumentException.class,
                () -> SqlCompiler.compile(QuerySpec.all(Model.USER).orderBy("id; DROP TABLE users")));
    }

    @Test
    void md5PasswordIsPostgresFormula() {
        // md5(md5("secret" + "alice") + salt), known answer computed with PostgreSQL's formula.
        ByteBuffer m = Frontend.md5Password("alice", "secret", new byte[] {1, 2, 3, 4});
        byte[] body = new byte[m.remaining() - 5];
        m.get(5, body);
        assertEquals("md5", new String(body, 0, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(3 + 32 + 1, body.length);
    }

    @Test
    void cacheAnswersOnlyTheLookupsItsPatternLetsHit() {
        HitPattern pattern = new HitPattern(0.5, 11);
        ResultCache<String, String> cache = new ResultCache<>(pattern);
        cache.store("k", "v");
        for (int i = 0; i < 64; i++) {
            assertEquals(pattern.mayHit(i) ? "v" : null, cache.lookup("k"), "lookup " + i);
        }
        assertEquals(64, cache.lookups());
        assertThrows(IllegalArgumentException.class, () -> new ResultCache<>(1.5));
    }
}
