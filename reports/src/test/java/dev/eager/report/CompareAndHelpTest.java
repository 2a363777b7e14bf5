package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareAndHelpTest {
    @TempDir
    Path temp;

    @Test
    void compareShowsRatiosAndWhetherEachDifferenceIsBeyondNoise() {
        Path a = RunFixture.typical().seed(1).writeTo(temp.resolve("a"));
        Path b = RunFixture.typical().seed(2).change("future", "EAGER", l -> new RunFixture.Line(l.strategy(),
                l.mode(), l.layers(), l.fixedNs(), l.slopeNs() * 2, l.fixedB(), l.slopeB())).writeTo(temp.resolve("b"));
        Cli cli = Cli.run("compare", a, b);
        assertEquals(ExitCode.OK, cli.exit(), cli.err());
        String futureDeep = cli.out().lines().filter(l -> l.startsWith("future EAGER opaque depth 100 ")
                && l.contains("ns/op")).findFirst().orElseThrow(() -> new AssertionError(cli.out()));
        assertTrue(futureDeep.endsWith("yes: B higher"), futureDeep);
        assertTrue(futureDeep.contains(" 1.9"), futureDeep);
        String allocSame = cli.out().lines().filter(l -> l.startsWith("duplicated SYNC opaque depth 100 ")
                && l.contains("B/op")).findFirst().orElseThrow();
        assertTrue(allocSame.endsWith("no"), allocSame);
    }

    @Test
    void everyCommandHasCompleteHelp() {
        Cli top = Cli.run("--help");
        assertEquals(ExitCode.OK, top.exit());
        for (String command : new String[] {"fit", "render", "gate", "compare"}) {
            assertTrue(top.out().contains(command), top.out());
            Cli help = Cli.run(command, "--help");
            assertEquals(ExitCode.OK, help.exit(), command);
            assertTrue(help.out().contains("Exit codes:"), help.out());
            assertTrue(help.out().contains("Usage: eager report " + command), help.out());
            assertTrue(help.err().isEmpty(), help.err());
            assertTrue(help.out().lines().allMatch(l -> l.length() <= 80), help.out());
        }
    }
}
