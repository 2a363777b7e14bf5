package dev.eager.report;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Which benchmark is which, told by the parameters it takes (never by its class name, so that the
 * reports never depend on the benchmark code and a renamed class reads the same): the harness plans
 * its runs by it, the reader keys results by it.
 */
public enum BenchmarkKind {
    /**
     * A depth sweep of the chain workload: {@code strategy}, {@code depth} and {@code layers}, with
     * {@code mode} as a parameter or as the method's name, and an optional {@code shape}.
     */
    CHAIN,
    /** The orm stack: {@code strategy}, {@code mode} and {@code server}. */
    ORM,
    /**
     * The first calls of a chain in a fresh JVM, one single shot per fork: {@code strategy},
     * {@code mode} and {@code calls} (and a {@code depth}, but no {@code layers}: not a depth sweep).
     */
    COLD_START,
    /** Anything else: entering eager mode, a continuation's start, ... (no depth to fit). */
    FIXED_COST;

    /** The kind of a benchmark taking these parameters. */
    public static BenchmarkKind of(Collection<String> params) {
        if (params.containsAll(java.util.List.of("strategy", "depth", "layers"))) {
            return CHAIN;
        }
        if (params.containsAll(java.util.List.of("strategy", "mode", "server"))) {
            return ORM;
        }
        if (params.containsAll(java.util.List.of("strategy", "mode", "calls"))) {
            return COLD_START;
        }
        return FIXED_COST;
    }

    /**
     * Where a chain result sits, or null for another kind (or a mode that is none of SYNC, EAGER,
     * ASYNC). A shape other than {@code METHODS} (every layer its own class) is keyed as layers
     * are: its own series, read against {@code duplicated} SYNC of the same shape; runs before
     * shapes existed are {@code METHODS}. A JIT {@code tier} other than C2 likewise ({@link Tiers}).
     */
    static ChainPoint chainPoint(String benchmark, Map<String, String> params) {
        if (of(params.keySet()) != CHAIN) {
            return null;
        }
        String layers = params.get("layers");
        String shape = params.getOrDefault("shape", "METHODS");
        if (!shape.equals("METHODS")) {
            layers = layers + "-" + shape.toLowerCase(Locale.ROOT);
        }
        // A JIT tier other than C2 likewise (read against duplicated SYNC of the same tier); runs
        // before tiers, and the gate's, are C2.
        layers = Tiers.layers(layers, params.getOrDefault("tier", Tiers.DEFAULT));
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String mode = params.getOrDefault("mode", method).toUpperCase(Locale.ROOT);
        if (SeriesKey.modeRank(mode) > 2) {
            return null;
        }
        return new ChainPoint(params.get("strategy"), mode, layers, Integer.parseInt(params.get("depth")));
    }
}
