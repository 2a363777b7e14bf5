package dev.eager.harness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.harness.Profile;
import dev.eager.harness.RunPlan;
import dev.eager.report.Metric;
import dev.eager.report.SeriesKey;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

class GateRunTest {
    private static final List<RunPlan.Strategy> STRATEGIES = List.of(new RunPlan.Strategy("duplicated", true),
            new RunPlan.Strategy("future", false), new RunPlan.Strategy("bypass-once", false));

    private static SeriesKey key(String strategy, String mode) {
        return new SeriesKey(strategy, mode, "opaque", Metric.TIME);
    }

    @Test
    void pairedSeriesRunOnBothSidesAtTheGateDepthsAndTheRestOnTheCandidateAlone() {
        Set<SeriesKey> paired = Set.of(key("duplicated", "SYNC"), key("future", "EAGER"), key("bypass-once", "EAGER"));
        List<ForkSet> sets = GateRun.sets(STRATEGIES, paired, null);
        // Paired at the gate's two depths: duplicated SYNC, future EAGER, bypass-once EAGER; alone at
        // three depths: duplicated EAGER and ASYNC, future ASYNC, bypass-once ASYNC.
        assertEquals(3 * Profile.GATE.depths().size() + 4 * GateRun.SINGLE_DEPTHS.size(), sets.size());
        assertEquals(3 * Profile.GATE.depths().size(), sets.stream().filter(ForkSet::paired).count());
        assertTrue(sets.stream().noneMatch(s -> s.params().get("strategy").equals("future")
                && s.params().get("mode").equals("SYNC")), "SYNC only where a strategy has sync code");
        assertTrue(sets.stream().allMatch(s -> s.params().get("layers").equals("opaque")
                && s.benchmark().equals("dev.eager.harness.OpaqueChainBenchmark.chain")));
        assertTrue(sets.stream().allMatch(s -> s.params().get("tier").equals("C2")), "the gate measures C2 only");
    }

    @Test
    void aSeriesSelectionMeasuresOnlyThePairedSeries() {
        Set<SeriesKey> paired = Set.of(key("duplicated", "SYNC"), key("future", "EAGER"), key("bypass-once", "EAGER"));
        List<ForkSet> sets = GateRun.sets(STRATEGIES, paired, List.of("bypass-once:EAGER"));
        assertEquals(3 * Profile.GATE.depths().size(), sets.size());
        assertTrue(sets.stream().allMatch(ForkSet::paired));
    }

    @Test
    void badArgumentsAreRefusedWithTheOption() {
        assertTrue(assertThrows(ParameterException.class, () -> GateRun.Arguments.parse("--rounds", "2"))
                .getMessage().contains("--rounds"));
        assertTrue(assertThrows(ParameterException.class, () -> GateRun.Arguments.parse("--bogus"))
                .getMessage().contains("'--bogus'"));
        assertEquals(List.of("-Deager.mutants=every-layer"),
                GateRun.Arguments.parse("--candidate-jvm-arg", "-Deager.mutants=every-layer").candidateJvm());
        assertEquals(List.of("a:EAGER", "b:SYNC"), GateRun.Arguments.parse("--series", "a:EAGER,b:SYNC").series());
        assertEquals(6, GateRun.Arguments.parse().rounds());
    }
}
