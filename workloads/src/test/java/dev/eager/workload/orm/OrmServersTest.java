package dev.eager.workload.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OrmServersTest {
    @Test
    void thePostgresFolderIsTheOneScriptsPostgresUses() {
        assertEquals(Path.of("/tmp/eager-postgres"), OrmServers.postgresDir(null, null), "the script's default");
        assertEquals(Path.of("/srv/pg"), OrmServers.postgresDir(null, "/srv/pg"), "EAGER_PG_DIR, as the script honours it");
    }

    @Test
    void aForkedJvmsPropertyWinsOverTheEnvironment() {
        assertEquals(Path.of("/tmp/eager-postgres-run"), OrmServers.postgresDir("/tmp/eager-postgres-run", "/srv/pg"));
        assertEquals(Path.of("/srv/pg"), OrmServers.postgresDir(" ", "/srv/pg"), "a blank property names nothing");
    }

    @Test
    void theSettingsFileIsInThatFolder() {
        assertEquals(OrmServers.postgresDir().resolve("connection.properties"), OrmServers.postgresSettingsFile());
    }
}
