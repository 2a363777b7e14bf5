package dev.eager.harness.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.core.Mode;
import dev.eager.workload.Workloads;
import dev.eager.workload.orm.OrmStack;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;

/** The load harness's accounting and arguments, on the memory server (no timing assertions). */
class LoadHarnessTest {
    @Test
    void openLoopSendsRateTimesDurationAndAccountsForEveryRequest() throws Exception {
        for (Mode mode : List.of(Mode.EAGER, Mode.ASYNC)) {
            try (OrmStack stack = Workloads.orm("future", "memory", 0)) {
                OpenLoop loop = new OpenLoop(stack, mode, 4);
                loop.validate();
                Recorder recorder = new Recorder(3);
                long[] counts = loop.run(400, TimeUnit.MILLISECONDS.toNanos(250), recorder, t -> { });
                assertEquals(100, counts[0], mode + ": 400/s for 0.25 s is 100 requests");
                assertEquals(counts[0], counts[1] + counts[2], mode + ": sent == ok + failed");
                assertEquals(100, counts[1], mode + ": the memory server answers every one");
                Histogram latencies = recorder.getIntervalHistogram();
                assertEquals(100, latencies.getTotalCount(), mode + ": one latency per answered request");
            }
        }
    }

    @Test
    void tallyCountsWhatNeverAnsweredAsFailedAndIgnoresLateAnswers() {
        Tally tally = new Tally();
        tally.sent();
        tally.sent();
        tally.sent();
        assertTrue(tally.settle(true));
        assertArrayEquals(new long[] {3, 1, 2}, tally.close());
        assertFalse(tally.settle(true), "an answer after the phase closed is not counted");
    }

    @Test
    void cellResultRefusesToLoseRequests() {
        assertThrows(IllegalStateException.class,
                () -> new CellResult("future", "EAGER", "h2", 100, 0, 10, 8, 1, 1, 2, 3, 4, 5, "x.hlog"));
    }

    @Test
    void planTakesTheProfilesDefaultsAndRejectsBadArguments() {
        LoadPlan smoke = LoadPlan.parse(new String[0]);
        assertEquals("smoke", smoke.profile());
        assertEquals("h2", smoke.server());
        assertEquals(List.of(200), smoke.rates());
        LoadPlan custom = LoadPlan.parse(new String[] {"--profile", "standard", "--rate", "10", "20", "--server", "memory"});
        assertEquals(List.of(10, 20), custom.rates());
        assertEquals(20, custom.seconds());
        for (String[] bad : List.of(new String[] {"--rate", "x"}, new String[] {"--server", "mysql"},
                new String[] {"--profile", "huge"}, new String[] {"--hit-ratio", "2"}, new String[] {"--what"},
                new String[] {"--duration"})) {
            assertThrows(LoadPlan.BadArguments.class, () -> LoadPlan.parse(bad), String.join(" ", bad));
        }
    }
}
