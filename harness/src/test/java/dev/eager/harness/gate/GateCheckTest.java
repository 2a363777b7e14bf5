package dev.eager.harness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.harness.EagerCommand;
import dev.eager.report.Check;
import dev.eager.report.Cli;
import dev.eager.report.GateVerdictFile;
import dev.eager.report.Manifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateCheckTest {
    private static String row(String variant, String verdict) {
        return String.join("\t", "2026-11-30T06:00:00Z", "abc", "base", variant, "0", verdict, "-", "15.0", "run");
    }

    @Test
    void aMutantIsCaughtOnlyByAFailOnTheSeriesItSlows() {
        assertTrue(GateCheck.caught(List.of(new Check(3, Check.Outcome.FAIL, GateCheck.MUTATED, "grew"))));
        assertFalse(GateCheck.caught(List.of(new Check(3, Check.Outcome.PASS, GateCheck.MUTATED, "fine"),
                new Check(3, Check.Outcome.FAIL, "future EAGER opaque time", "grew"))));
    }

    /** {@code n} rows of one variant and verdict. */
    private static List<String> rows(int n, String variant, String verdict) {
        return java.util.Collections.nCopies(n, row(variant, verdict));
    }

    private static List<String> lines(List<List<String>> groups) {
        List<String> lines = new java.util.ArrayList<>(List.of(GateCheck.HEADER));
        groups.forEach(lines::addAll);
        return lines;
    }

    @Test
    void theTargetsAreNoFalseAlarmEveryLayerAlwaysAndEveryFifthLayerNineInTen() {
        List<String> met = lines(List.of(rows(10, "unchanged", "no alarm"), rows(10, "every-layer", "caught"),
                rows(9, "every-fifth-layer", "caught"), rows(1, "every-fifth-layer", "MISSED")));
        assertTrue(GateCheck.targetsMet(met));
        String table = GateCheck.table(met);
        assertTrue(table.contains("| unchanged | 10 | 0 false alarm(s) | 0 in 10 |"), table);
        assertTrue(table.contains("| every-fifth-layer mutant | 10 | caught 9 | at least 9 of 10 |"), table);
        assertTrue(table.contains("Targets met: yes"), table);

        assertFalse(GateCheck.targetsMet(lines(List.of(rows(9, "unchanged", "no alarm"), rows(1, "unchanged", "FALSE ALARM"),
                rows(10, "every-layer", "caught"), rows(10, "every-fifth-layer", "caught")))));
        assertFalse(GateCheck.targetsMet(lines(List.of(rows(10, "unchanged", "no alarm"), rows(9, "every-layer", "caught"),
                rows(1, "every-layer", "MISSED"), rows(10, "every-fifth-layer", "caught")))));
    }

    @Test
    void theEveryFifthLayerRateCountsEveryCountedRunNotTheFirstTen() {
        List<String> lines = lines(List.of(rows(11, "unchanged", "no alarm"), rows(11, "every-layer", "caught"),
                rows(9, "every-fifth-layer", "caught"), rows(2, "every-fifth-layer", "MISSED")));
        assertFalse(GateCheck.targetsMet(lines));
        assertTrue(GateCheck.table(lines).contains("Targets met: no"), GateCheck.table(lines));
    }

    @Test
    void fewerThanTenRunsOfAVariantMeetNoTarget() {
        List<String> perfect = lines(List.of(rows(10, "unchanged", "no alarm"), rows(10, "every-layer", "caught"),
                rows(9, "every-fifth-layer", "caught")));
        assertFalse(GateCheck.targetsMet(perfect));
        assertFalse(GateCheck.targetsMet(lines(List.of(rows(1, "unchanged", "no alarm")))));
        assertFalse(GateCheck.targetsMet(List.of(GateCheck.HEADER)));
    }

    @Test
    void aRunOnABusyMachineIsListedButNotCounted() {
        String busy = row("unchanged", "FALSE ALARM") + "\t18.8\t+-40%\tno: load above 3.0";
        String quiet = row("unchanged", "no alarm") + "\t1.6\t+-16%\tyes";
        List<String> lines = List.of(GateCheck.HEADER, busy, quiet);
        String table = GateCheck.table(lines);
        assertTrue(table.contains("| unchanged | 1 | 0 false alarm(s) | 0 in 10 |"), table);
        assertTrue(GateCheck.targetsMet(lines(List.of(List.of(busy), rows(10, "unchanged", "no alarm"),
                rows(10, "every-layer", "caught"), rows(10, "every-fifth-layer", "caught")))));
        assertTrue(table.contains("no: load above 3.0"), table);
    }

    @Test
    void aRunUnderAnEarlierMethodIsListedButNotCounted() {
        String earlier = String.join("\t", "2026-11-30T15:40:10Z", "59a2eeacee+dirty", "base", "every-fifth-layer", "0",
                "MISSED", "-", "2.7", "run", "1.7", "+-4%", "yes");
        String current = String.join("\t", "2026-12-01T00:10:00Z", "c067671a1e", "base", "every-fifth-layer", "1",
                "caught", "-", "5.4", "run", "1.9", "+-4%", "yes", "Intel(R) Xeon(R) Processor, 2 cores");
        List<String> lines = List.of(GateCheck.HEADER, earlier, current);
        assertTrue(GateCheck.targetsMet(lines(List.of(List.of(earlier), rows(10, "unchanged", "no alarm"),
                rows(10, "every-layer", "caught"), rows(8, "every-fifth-layer", "caught"), rows(1, "every-fifth-layer", "MISSED"),
                List.of(current)))));
        String table = GateCheck.table(lines);
        assertTrue(table.contains("| every-fifth-layer mutant | 1 | caught 1 | at least 9 of 10 |"), table);
        assertTrue(table.contains("| 59a2eeacee+dirty | base | every-fifth-layer | 0 | MISSED | - | 2.7 | run | 1.7 | +-4% "
                + "| no: earlier method |"), table);
        assertTrue(table.contains("- Not counted, " + GateCheck.FIXING + ": unchanged 0 run(s), 0 false alarm(s);"
                + " every-layer caught 0 of 0; every-fifth-layer caught 0 of 1."), table);
        assertTrue(table.contains("Counted runs were made on 1 day(s): 2026-12-01; on 1 machine(s):"
                + " Intel(R) Xeon(R) Processor, 2 cores."), table);
    }

    @Test
    void theFirstMethodsMissesAreTalliedApartAndDoNotCountAgainstTheSecond() {
        // Method 1 passed an unsettled comparison unmeasured; its misses stay listed under its name.
        String method1 = String.join("\t", "2026-12-01T04:37:17Z", "83e5757850+dirty", "base", "every-fifth-layer", "0",
                "MISSED", "-", "2.9", "run", "2.0", "+-29%", "yes");
        List<String> lines = lines(List.of(List.of(method1), rows(10, "unchanged", "no alarm"),
                rows(10, "every-layer", "caught"), rows(10, "every-fifth-layer", "caught")));
        assertTrue(GateCheck.targetsMet(lines));
        String table = GateCheck.table(lines);
        assertTrue(table.contains("| every-fifth-layer mutant | 10 | caught 10 | at least 9 of 10 |"), table);
        assertTrue(table.contains("- Not counted, " + GateCheck.METHOD_1 + ": unchanged 0 run(s), 0 false alarm(s);"
                + " every-layer caught 0 of 0; every-fifth-layer caught 0 of 1."), table);
        assertTrue(table.contains("The rates count the runs under the current method only, "
                + GateCheck.CURRENT_METHOD), table);
    }

    @Test
    void theSecondMethodsFalseAlarmIsTalliedApartAndDoesNotCountAgainstTheThird() {
        // Method 2 failed an allocation level that its baseline's forks had not shown at once.
        String method2 = String.join("\t", "2026-12-01T11:27:29Z", "6191afb652+dirty", "base", "unchanged", "1",
                "FALSE ALARM", "[1] kotlin ASYNC opaque alloc", "11.4", "run", "2.0", "+-1%", "yes",
                "Intel(R) Xeon(R) Processor, 2 cores");
        List<String> lines = lines(List.of(List.of(method2), rows(10, "unchanged", "no alarm"),
                rows(10, "every-layer", "caught"), rows(10, "every-fifth-layer", "caught")));
        assertTrue(GateCheck.targetsMet(lines));
        String table = GateCheck.table(lines);
        assertTrue(table.contains("| unchanged | 10 | 0 false alarm(s) | 0 in 10 |"), table);
        assertTrue(table.contains("- Not counted, " + GateCheck.METHOD_2 + ": unchanged 1 run(s), 1 false alarm(s);"),
                table);
    }

    @Test
    void tableOnlyRewritesTheTableFromTheRowsAndRunsNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rounds.tsv"), String.join("\n", GateCheck.HEADER,
                row("unchanged", "no alarm"), row("every-layer", "MISSED")) + "\n");
        Cli ran = eager("gate-check", "--table-only", "--out", dir);
        assertEquals(GateRun.REGRESSION, ran.exit(), ran.err());
        String table = Files.readString(dir.resolve("README.md"));
        assertTrue(table.contains("| every-layer mutant | 1 | caught 0 | 10 of 10 |"), table);
        assertEquals(table, ran.out());
    }

    @Test
    void tableOnlyWithoutRowsOrWithRoundsIsBadInputInOneLine(@TempDir Path dir) {
        for (Cli ran : List.of(eager("gate-check", "--table-only", "--out", dir),
                eager("gate-check", "--table-only", "--rounds", "1", "--out", dir))) {
            assertEquals(GateRun.BAD_INPUT, ran.exit(), ran.err());
            assertEquals(1, ran.err().lines().count(), ran.err());
        }
    }

    private static Cli eager(Object... args) {
        return Cli.capture(EagerCommand::run, args);
    }

    @Test
    void theHighestLoadAfterAForkDecidesWhetherARunCounts(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("20261130-000000-gate");
        Manifest.builder("20261130-000000-gate", "gate").git(new Manifest.GitState("0123456789abcdef", false))
                .put("baseline", "results/baselines/x").put("loadAverageAtEnd", 1.2).put("loadAverageHighest", 7.9)
                .build().write(folder);
        new GateVerdictFile("20261130-000000-gate", "0123456789abcdef", "results/baselines/x", GateRun.OK, "PASS",
                List.of(), List.of()).write(folder);
        Path out = dir.resolve("gate-check");
        GateCheck.record(out, "unchanged", new GateRun.Outcome(GateRun.OK, folder, List.of()), Duration.ofMinutes(15));

        String[] row = Files.readAllLines(out.resolve("rounds.tsv")).getLast().split("\t");
        assertEquals(List.of("7.9", "no: load above 3.0"), List.of(row[9], row[11]));
        assertTrue(Files.readString(out.resolve("README.md")).contains("| unchanged | 0 |"));
    }

    @Test
    void aRoundIsRecordedFromTheGatesVerdictFileNotFromItsText(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("20261130-000000-gate");
        Manifest.builder("20261130-000000-gate", "gate").git(new Manifest.GitState("0123456789abcdef", false))
                .put("baseline", "results/baselines/x").put("loadAverageAtEnd", 1.53)
                .put("cpuModel", "Intel(R) Xeon(R) Processor").put("cores", 2).build().write(folder);
        new GateVerdictFile("20261130-000000-gate", "0123456789abcdef", "results/baselines/x", GateRun.REGRESSION,
                "FAIL", List.of(new Check(3, Check.Outcome.FAIL, GateCheck.MUTATED, "grew; CONFIRMED by fresh forks"),
                        new Check(3, Check.Outcome.SKIP, "resolution", "about seven percent, said in words", 7.2)),
                List.of()).write(folder);
        Path out = dir.resolve("gate-check");
        // The outcome carries no checks: the row can only come from gate.json.
        GateCheck.record(out, "every-layer", new GateRun.Outcome(GateRun.REGRESSION, folder, List.of()),
                Duration.ofMinutes(15));

        List<String> rows = Files.readAllLines(out.resolve("rounds.tsv"));
        String[] row = rows.getLast().split("\t");
        assertEquals(List.of("0123456789", "x", "every-layer", "1", "caught", "[3] " + GateCheck.MUTATED),
                List.of(row[1], row[2], row[3], row[4], row[5], row[6]));
        assertEquals(List.of("1.5", "+-7%", "yes", "Intel(R) Xeon(R) Processor, 2 cores"),
                List.of(row[9], row[10], row[11], row[12]));
        assertTrue(Files.isRegularFile(out.resolve("runs/20261130-000000-gate-every-layer/gate.json")));
    }
}
