package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        assertTrue(e.getMessage().contains("'fast'") && e.getMessage().contains("smoke, quick, standard, full, gate or flame"),
                e.getMessage());
    }

    @Test
    void smokeRunsThreeDepthsOnceWithOneForkTheFewestTheReportCanFit() {
        assertEquals(List.of(1, 10, 20), Profile.SMOKE.depths());
        assertEquals(1, Profile.SMOKE.forks());
        assertEquals(1, Profile.SMOKE.measurementIterations());
    }

    @Test
    void quickSpreadsAtLeastSixDepthsOverTheFittedRangeOnly() {
        // The gate's slope needs lever (depths far apart) and points (one fork each): all fitted.
        List<Integer> depths = Profile.QUICK.depths();
        assertTrue(depths.size() >= 6, depths.toString());
        assertEquals(1, depths.getFirst());
        assertTrue(depths.getLast() >= 16 && depths.getLast() <= 20, depths.toString());
    }

    @Test
    void standardFillsTheFittedRangeAndShowsFiftyAndAHundred() {
        List<Integer> depths = Profile.STANDARD.depths();
        assertTrue(depths.stream().filter(d -> d <= 20).count() >= 10, depths.toString());
        assertTrue(depths.containsAll(List.of(1, 20, 50, 100)), depths.toString());
    }

    @Test
    void fullMeasuresStandardsChainAndAddsTheOrmsServersHitRatiosAndK() {
        assertEquals(Profile.STANDARD.depths(), Profile.FULL.depths());
        assertEquals(Profile.STANDARD.forks(), Profile.FULL.forks());
        assertNull(Profile.FULL.tierStrategies(), "every strategy under C1 and the interpreter");
        OrmSweep orm = Profile.FULL.orm();
        assertEquals(OrmSweep.ALL_SERVERS, orm.hitServers());
        assertEquals(OrmSweep.ALL_HIT_RATIOS, orm.hitRatios());
        assertEquals(OrmSweep.ALL_SERVICES, orm.services());
        assertTrue(orm.cells().containsAll(Profile.STANDARD.orm().cells()), "every standard orm point");
        assertEquals(Profile.STANDARD.orm().strategies(), orm.strategies());
    }

    @Test
    void everyProfileMeasuresEnoughIterationsForRawData() {
        // The report fits per-iteration raw data: every profile but smoke needs several iterations.
        // Five, so that a per-depth median stands when two iterations are disturbed.
        for (Profile p : List.of(Profile.QUICK, Profile.STANDARD, Profile.FULL)) {
            assertTrue(p.measurementIterations() >= 5, p.id());
        }
    }

    @Test
    void theEstimatePerParameterSetCountsEveryForkAndIteration() {
        Profile p = Profile.FULL;
        double iterations = (p.warmupIterations() * p.warmupMillis() + p.measurementIterations() * p.measurementMillis())
                / 1000.0;
        assertEquals(p.forks() * (1.0 + iterations), p.secondsPerParameterSet(1.0), 1e-9);
    }
}
