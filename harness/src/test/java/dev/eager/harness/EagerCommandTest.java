package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EagerCommandTest {
    /** What {@code eager ARGS} printed and returned, run in-process. */
    record Ran(int exit, String out, String err) {
    }

    static synchronized Ran eager(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = EagerCommand.run(args);
            return new Ran(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void everyJobOfTheScriptsIsASubcommand() {
        Set<String> names = EagerCommand.commandLine().getSubcommands().keySet();
        assertTrue(names.containsAll(List.of("bench", "load", "roundtrip", "gate", "gate-check", "report")), names.toString());
        assertEquals(Set.of("fit", "render", "gate", "compare", "baseline", "help"),
                EagerCommand.commandLine().getSubcommands().get("report").getSubcommands().keySet());
    }

    @Test
    void anUnknownCommandExitsTwoWithOneLine() {
        Ran ran = eager("frobnicate");
        assertEquals(2, ran.exit());
        assertEquals(1, ran.err().lines().count(), ran.err());
        assertTrue(ran.err().startsWith("eager: "), ran.err());
    }

    @Test
    void noCommandExitsTwoWithOneLine() {
        Ran ran = eager();
        assertEquals(2, ran.exit());
        assertEquals(1, ran.err().lines().count(), ran.err());
    }

    @Test
    void topLevelHelpNamesEveryCommand() {
        Ran ran = eager("--help");
        assertEquals(0, ran.exit(), ran.err());
        for (String name : EagerCommand.commandLine().getSubcommands().keySet()) {
            assertTrue(ran.out().contains("  " + name + " "), name + " missing from\n" + ran.out());
        }
    }

    @Test
    void reportCommandsRunUnderEager() {
        Ran ran = eager("report", "fit", "--help");
        assertEquals(0, ran.exit(), ran.err());
        assertTrue(ran.out().contains("Usage: eager report fit"), ran.out());
        Ran bad = eager("report", "fit", "--frobnicate");
        assertEquals(2, bad.exit());
        assertEquals(1, bad.err().lines().count(), bad.err());
    }
}
