package dev.eager.workload.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HitPatternTest {
    private static final int LOOKUPS = 100_000;

    private static BitSet hits(HitPattern pattern, int lookups) {
        BitSet hits = new BitSet(lookups);
        for (int i = 0; i < lookups; i++) {
            if (pattern.mayHit(i)) {
                hits.set(i);
            }
        }
        return hits;
    }

    @ParameterizedTest(name = "ratio {0}")
    @ValueSource(doubles = {0.5, 0.9, 0.99})
    void theFractionOfLookupsThatMayHitIsTheRatio(double ratio) {
        double fraction = hits(new HitPattern(ratio, 42), LOOKUPS).cardinality() / (double) LOOKUPS;
        // Five standard deviations of a binomial fraction: a wrong generator misses by far more.
        double tolerance = 5 * Math.sqrt(ratio * (1 - ratio) / LOOKUPS);
        assertEquals(ratio, fraction, tolerance);
    }

    @Test
    void ratioZeroSendsEveryLookupToTheServerAndRatioOneLetsEveryLookupHit() {
        assertEquals(0, hits(new HitPattern(0, 42), LOOKUPS).cardinality());
        assertEquals(LOOKUPS, hits(new HitPattern(1, 42), LOOKUPS).cardinality());
    }

    @Test
    void theSameSeedGivesTheSameHitsAndAnotherSeedOthers() {
        assertEquals(hits(new HitPattern(0.5, 7), 1000), hits(new HitPattern(0.5, 7), 1000));
        assertNotEquals(hits(new HitPattern(0.5, 7), 1000), hits(new HitPattern(0.5, 8), 1000));
    }

    @Test
    void hitsComeInNoFixedRhythm() {
        // At 0.5 an evenly spread pattern alternates; this one has runs of three or more alike.
        BitSet hits = hits(new HitPattern(0.5, 42), 1000);
        int longestRun = 1;
        int run = 1;
        for (int i = 1; i < 1000; i++) {
            run = hits.get(i) == hits.get(i - 1) ? run + 1 : 1;
            longestRun = Math.max(longestRun, run);
        }
        assertTrue(longestRun >= 3, "longest run of equal decisions: " + longestRun);
    }

    @Test
    void aRatioOutsideZeroToOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new HitPattern(-0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new HitPattern(1.01, 1));
        assertThrows(IllegalArgumentException.class, () -> new HitPattern(Double.NaN, 1));
    }
}
