package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileTest {
    @Test
    void everyProfileIsFoundByItsCommandLineName() {
        for (Profile p : Profile.values()) {
            assertEquals(p, Profile.fromId(p.id()));
        }
        assertEquals("quick", Profile.QUICK.id());
    }

    @Test
    void anUnknownProfileIsRejectedWithTheValidNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profile.fromId("fast"));
        assertTrue(e.getMessage().contains("'fast'") && e.getMessage().contains("smoke, quick, standard, full or flame"),
                e.getMessage());
    }

    @Test
    void smokeRunsDepthsOneAndTenOnceWithOneFork() {
        assertEquals(List.of(1, 10), Profile.SMOKE.depths());
        assertEquals(1, Profile.SMOKE.forks());
        assertEquals(1, Profile.SMOKE.measurementIterations());
    }

    @Test
    void quickRunsTheCiGatesDepths() {
        assertEquals(List.of(1, 2, 5, 10), Profile.QUICK.depths());
    }

    @Test
    void standardRunsOneToTenThenTwentyFiftyAndAHundredInTwoForks() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 50, 100), Profile.STANDARD.depths());
        assertEquals(2, Profile.STANDARD.forks());
    }

    @Test
    void fullSweepsToAHundredInThreeForks() {
        List<Integer> depths = Profile.FULL.depths();
        assertEquals(1, depths.getFirst());
        assertEquals(100, depths.getLast());
        assertTrue(depths.containsAll(Profile.STANDARD.depths()), depths.toString());
        assertEquals(3, Profile.FULL.forks());
    }

    @Test
    void everyProfileMeasuresEnoughIterationsForRawData() {
        // The report fits per-iteration raw data: every profile but smoke needs several iterations.
        for (Profile p : List.of(Profile.QUICK, Profile.STANDARD, Profile.FULL)) {
            assertTrue(p.measurementIterations() >= 3, p.id());
        }
    }

    @Test
    void theEstimatePerParameterSetCountsEveryForkAndIteration() {
        Profile p = Profile.STANDARD;
        double iterations = (p.warmupIterations() * p.warmupMillis() + p.measurementIterations() * p.measurementMillis())
                / 1000.0;
        assertEquals(2 * (1.0 + iterations), p.secondsPerParameterSet(1.0), 1e-9);
    }
}
