package dev.eager.harness.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.report.Check;
import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void theTargetsAreNoFalseAlarmEveryLayerAlwaysAndEveryFifthLayerNineInTen() {
        List<String> met = List.of(GateCheck.HEADER, row("unchanged", "no alarm"), row("every-layer", "caught"),
                row("every-fifth-layer", "caught"));
        assertTrue(GateCheck.targetsMet(met));
        assertFalse(GateCheck.targetsMet(List.of(GateCheck.HEADER, row("unchanged", "FALSE ALARM"))));
        assertFalse(GateCheck.targetsMet(List.of(GateCheck.HEADER, row("every-layer", "MISSED"))));
        assertFalse(GateCheck.targetsMet(List.of(GateCheck.HEADER, row("every-fifth-layer", "MISSED"),
                row("every-fifth-layer", "caught"))));
        String table = GateCheck.table(met);
        assertTrue(table.contains("| unchanged | 1 | 0 false alarm(s) | 0 in 10 |"), table);
        assertTrue(table.contains("| every-fifth-layer mutant | 1 | caught 1 | at least 9 of 10 |"), table);
    }
}
