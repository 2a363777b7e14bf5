package dev.eager.harness;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * How long and how widely a run measures. The budgets are wall times on a 2-core machine; each
 * parameter set runs in its own fork, so the number of forks dominates. Warm-up is 3 x 200 ms in
 * every measuring profile: in a quick run with 2 x 200 ms on the shared machine, the first measured
 * iteration of allocating chains was often 1.5x the later ones, i.e. still warming up.
 */
public enum Profile {
    /** Every combination once with tiny iterations: a wiring check, not a measurement (< 5 min). */
    SMOKE(List.of(1, 10), 1, 100, 1, 100, 1),
    /** The CI gate's: a few depths, short iterations (< 10 min). */
    QUICK(List.of(1, 2, 5, 10), 3, 200, 3, 200, 1),
    /**
     * {@code mvn verify -Pbench}: depths 1..10, 20, 50, 100, two forks (< 30 min). Short
     * iterations: with one fork per parameter set and seven strategies, each set gets ~4 s.
     */
    STANDARD(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 50, 100), 3, 200, 3, 200, 2),
    /** The sweep to 100 in steps of 10 above 10, three forks, five measured iterations (< 90 min). */
    FULL(IntStream.concat(IntStream.rangeClosed(1, 10), IntStream.iterate(20, d -> d <= 100, d -> d + 10))
            .boxed().toList(), 3, 200, 5, 200, 3),
    /** For {@code scripts/profile}: depth 10, long enough iterations for a profiler to sample. */
    FLAME(List.of(10), 3, 1000, 3, 2000, 1);

    private final List<Integer> depths;
    private final int warmupIterations;
    private final int warmupMillis;
    private final int measurementIterations;
    private final int measurementMillis;
    private final int forks;

    Profile(List<Integer> depths, int warmupIterations, int warmupMillis, int measurementIterations,
            int measurementMillis, int forks) {
        this.depths = depths;
        this.warmupIterations = warmupIterations;
        this.warmupMillis = warmupMillis;
        this.measurementIterations = measurementIterations;
        this.measurementMillis = measurementMillis;
        this.forks = forks;
    }

    /** The name used on the command line and in run folder names. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The profile named {@code id} on the command line. */
    public static Profile fromId(String id) {
        for (Profile p : values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException(
                "unknown profile '" + id + "': expected smoke, quick, standard, full or flame");
    }

    /** The chain depths measured. */
    public List<Integer> depths() {
        return depths;
    }

    public int warmupIterations() {
        return warmupIterations;
    }

    public int warmupMillis() {
        return warmupMillis;
    }

    public int measurementIterations() {
        return measurementIterations;
    }

    public int measurementMillis() {
        return measurementMillis;
    }

    public int forks() {
        return forks;
    }

    /** A rough wall time for one parameter set: its forks' JVM start-up plus iterations. */
    public double secondsPerParameterSet(double forkStartupSeconds) {
        return forks * (forkStartupSeconds
                + (warmupIterations * warmupMillis + measurementIterations * measurementMillis) / 1000.0);
    }
}
