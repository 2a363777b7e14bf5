package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.report.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FlameGraphCommandTest {
    private static FlameGraphCommand parsed(String... args) {
        CommandLine cli = new CommandLine(FlameGraphCommand.class);
        cli.parseArgs(args);
        return cli.getCommand();
    }

    @Test
    void aProfileIsOneBenchRunOfTheFlameProfileWithAsyncProfilerAttached() {
        List<String> args = parsed("--strategy", "future", "--mode", "EAGER", "--depth", "5")
                .benchArguments(Path.of("/lib/x.so"), "itimer");
        String joined = String.join(" ", args);
        assertTrue(joined.contains("--profile flame"), joined);
        assertTrue(joined.contains("OpaqueChainBenchmark"), joined);
        assertTrue(joined.contains("--mode EAGER --depth 5"), joined);
        assertTrue(joined.contains("--strategy future"), joined);
        assertTrue(args.contains("async:libPath=/lib/x.so;event=itimer;output=flamegraph;direction=both;dir={run}/flame"),
                joined);
    }

    @Test
    void allStrategiesMeansNoStrategySelectionAndInlinedMeansTheInlinedChain() {
        List<String> args = parsed("--strategy", "all", "--mode", "SYNC", "--layers", "inlined")
                .benchArguments(Path.of("x.so"), "cpu");
        String joined = String.join(" ", args);
        assertTrue(!args.contains("--strategy"), joined);
        assertTrue(joined.contains("\\Qdev.eager.harness.InlinedChainBenchmark.chain\\E"), joined);
    }

    @Test
    void theNativeLibraryComesOutOfTheJarsResources() throws Exception {
        Path library = FlameGraphCommand.nativeLibrary();
        assertTrue(Files.size(library) > 0, library.toString());
    }

    @Test
    void aDryRunPrintsTheFlamePlanAndRunsNothing() {
        Cli ran = EagerCommandTest.eager("profile", "--strategy", "duplicated", "--mode", "EAGER",
                "--dry-run");
        assertEquals(0, ran.exit(), ran.err());
        assertTrue(ran.out().contains("profile flame"), ran.out());
    }

    @Test
    void strategyAndModeAreRequired() {
        Cli ran = EagerCommandTest.eager("profile", "--mode", "EAGER");
        assertEquals(2, ran.exit());
        assertEquals(1, ran.err().lines().count(), ran.err());
        assertTrue(ran.err().contains("--strategy"), ran.err());
        assertEquals(2, EagerCommandTest.eager("profile", "--strategy", "all", "--mode", "LAZY").exit());
    }
}
