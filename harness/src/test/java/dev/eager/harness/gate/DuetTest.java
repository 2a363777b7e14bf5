package dev.eager.harness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.harness.Profile;
import java.io.PrintStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DuetTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static List<ForkSet> sets(int paired, int single) {
        return IntStream.range(0, paired + single)
                .mapToObj(i -> new ForkSet("b.B.m", Map.of("depth", String.valueOf(i)), i < paired)).toList();
    }

    @Test
    void everyRoundRunsEveryPairedSetOnceAndEachSingleSetRunsInExactlyOneRound() {
        List<ForkSet> sets = sets(5, 8);
        List<List<ForkSet>> plan = new Duet(Profile.GATE, 3, 42, QUIET).plan(sets);
        assertEquals(3, plan.size());
        for (List<ForkSet> round : plan) {
            assertTrue(round.containsAll(sets.subList(0, 5)), round.toString());
            assertEquals(new HashSet<>(round).size(), round.size(), "a set twice in one round: " + round);
        }
        List<ForkSet> singles = plan.stream().flatMap(List::stream).filter(s -> !s.paired()).toList();
        assertEquals(8, singles.size());
        assertEquals(Set.copyOf(sets.subList(5, 13)), Set.copyOf(singles));
    }

    @Test
    void theOrderIsDrawnFromTheSeedAndDiffersBetweenRounds() {
        List<ForkSet> sets = sets(12, 0);
        List<List<ForkSet>> once = new Duet(Profile.GATE, 4, 7, QUIET).plan(sets);
        List<List<ForkSet>> again = new Duet(Profile.GATE, 4, 7, QUIET).plan(sets);
        List<List<ForkSet>> other = new Duet(Profile.GATE, 4, 8, QUIET).plan(sets);
        assertEquals(once, again, "the same seed must give the same order (recorded in the manifest)");
        assertNotEquals(once, other);
        assertNotEquals(once.get(0), once.get(1), "every round draws its own order");
    }
}
