package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a run can be unusable: one line naming the file, exit 2, no stack trace, for each command. */
class BadInputTest {
    @TempDir
    Path temp;

    /** A typical run whose results file {@code edit} rewrote is rejected: the file's path, then {@code why}. */
    private void assertResultsRejected(UnaryOperator<String> edit, String why) throws Exception {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        Path file = run.resolve("jmh-result.json");
        Files.writeString(file, edit.apply(Files.readString(file)));
        assertBadInput(run, file + why);
    }

    private void assertBadInput(Path run, String expected) {
        for (Object[] args : new Object[][] {{"fit", run}, {"render", run, "-o", temp.resolve("out")},
                {"compare", run, run}, {"gate", "--baseline", run, run}}) {
            Cli cli = Cli.run(args);
            assertEquals(ExitCode.BAD_INPUT, cli.exit(), Arrays.toString(args) + ": " + cli.out() + cli.err());
            assertEquals(1, cli.err().lines().count(), cli.err());
            assertTrue(cli.err().contains(expected), "expected '" + expected + "' in " + cli.err());
            assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
            assertFalse(Files.exists(temp.resolve("out")), "render left output behind");
        }
    }

    @Test
    void noSuchFolder() {
        Path run = temp.resolve("nope");
        assertBadInput(run, run + ": no such run folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {RunFolder.RESULTS, RunFolder.MANIFEST})
    void aMissingFileIsNamed(String file) throws Exception {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        Files.delete(run.resolve(file));
        assertBadInput(run, run.resolve(file) + ": missing");
    }

    @Test
    void truncatedResults() throws Exception {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        Path file = run.resolve("jmh-result.json");
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length / 2));
        assertBadInput(run, file + ": truncated at byte " + all.length / 2 + " (was the run interrupted?)");
    }

    @Test
    void resultsCutAnywhereAreReportedTruncatedNotMalformed() throws Exception {
        Path run = RunFixture.typical().writeTo(temp.resolve("run"));
        Path file = run.resolve("jmh-result.json");
        byte[] all = Files.readAllBytes(file);
        for (int tenth = 1; tenth < 10; tenth++) {
            int cut = all.length * tenth / 10;
            Files.write(file, Arrays.copyOf(all, cut));
            assertBadInput(run, file + ": truncated at byte " + cut + " (was the run interrupted?)");
        }
    }

    @Test
    void twoArraysPastedTogetherAreRejectedNotReadAsTheFirst() throws Exception {
        assertResultsRejected(one -> one + ",\n" + one, ": malformed JSON at line");
    }

    @Test
    void malformedResults() throws Exception {
        assertResultsRejected(one -> "[{\"benchmark\": nope}]", ": malformed JSON at line 1");
    }

    @Test
    void aResultThatIsNotAnObjectIsNamed() throws Exception {
        assertResultsRejected(one -> "[42]", ": result #0 is not a JSON object");
    }

    @Test
    void emptyResults() throws Exception {
        assertResultsRejected(one -> "", ": empty");
    }

    @Test
    void oneDepthCannotBeFitted() {
        Path run = RunFixture.typical().depths(10).writeTo(temp.resolve("run"));
        Cli cli = Cli.run("fit", run);
        assertEquals(ExitCode.BAD_INPUT, cli.exit());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().contains(run.resolve("jmh-result.json") + ": duplicated SYNC opaque time: measured at depth(s) [10] up to 20; a fit of fixed + slope * depth with intervals needs two depths or more"),
                cli.err());
    }

    @Test
    void noReferenceMeansNoVerdict() {
        Path run = RunFixture.typical().change("duplicated", "SYNC", l -> new RunFixture.Line("hand-written", "SYNC",
                l.layers(), l.fixedNs(), l.slopeNs(), l.fixedB(), l.slopeB())).writeTo(temp.resolve("run"));
        Cli cli = Cli.run("fit", run);
        assertEquals(ExitCode.BAD_INPUT, cli.exit());
        assertTrue(cli.err().contains("no duplicated SYNC"), cli.err());
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        Cli cli = Cli.run("fit", "--frobnicate");
        assertEquals(ExitCode.BAD_INPUT, cli.exit());
    }
}
