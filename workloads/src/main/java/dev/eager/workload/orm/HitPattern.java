package dev.eager.workload.orm;

/**
 * Which lookups of a result cache may be answered from it: each lookup independently, with
 * probability {@code ratio}, decided by a counter-based generator from {@code seed} and the
 * lookup's number. A real cache's hits come in no fixed rhythm; a regular one (every other lookup
 * at 0.5) would let the branch predictor and the JIT's profile learn the pattern, and the crossover
 * measured would be one no application sees. The decision is a pure function of (seed, lookup), so
 * a run is repeatable from its seed and needs no lock.
 *
 * @param ratio the fraction of lookups that may hit, 0 (every lookup reaches the server) ... 1
 * @param seed  the pattern's seed: the same seed, the same hits and misses
 */
public record HitPattern(double ratio, long seed) {
    /** The seed a cache gets when nobody chooses one. */
    public static final long DEFAULT_SEED = 0x5EEDL;

    public HitPattern {
        if (!(ratio >= 0 && ratio <= 1)) {
            throw new IllegalArgumentException("hit ratio " + ratio + ": must be within 0 ... 1");
        }
    }

    /** The pattern for {@code ratio} from the default seed. */
    public static HitPattern of(double ratio) {
        return new HitPattern(ratio, DEFAULT_SEED);
    }

    /** Whether lookup number {@code lookup} (0, 1, ...) may be answered from the cache. */
    public boolean mayHit(long lookup) {
        if (ratio == 0) {
            return false;
        }
        // SplitMix64's finaliser over the lookup's position in the seed's sequence: uniform 53 bits.
        long z = seed + (lookup + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53 < ratio;
    }
}
