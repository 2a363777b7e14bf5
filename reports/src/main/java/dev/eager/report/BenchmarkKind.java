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
     * The chain parameters that key a series of their own, each with the value that keeps the plain
     * name: a result at another value is keyed as its layers are ({@code opaque-classes}), its own
     * series, read against {@code duplicated} SYNC at the same value. Runs older than a parameter
     * lack it and read as its default. A new dimension of the chain (a JIT tier) is one entry here.
     */
    static final Map<String, String> SERIES_PARAMS = Map.of("shape", "METHODS", "tier", Tiers.DEFAULT);

    /**
     * Where a chain result sits, or null for another kind (or a mode that is none of SYNC, EAGER,
     * ASYNC); see {@link #SERIES_PARAMS} for the layers' suffixes.
     */
    static ChainPoint chainPoint(String benchmark, Map<String, String> params) {
        if (of(params.keySet()) != CHAIN) {
            return null;
        }
        StringBuilder layers = new StringBuilder(params.get("layers"));
        new java.util.TreeMap<>(SERIES_PARAMS).forEach((name, plain) -> {
            String value = params.getOrDefault(name, plain);
            if (!value.equals(plain)) {
                layers.append('-').append(value.toLowerCase(Locale.ROOT));
            }
        });
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String mode = params.getOrDefault("mode", method).toUpperCase(Locale.ROOT);
        if (SeriesKey.modeRank(mode) > 2) {
            return null;
        }
        return new ChainPoint(params.get("strategy"), mode, layers.toString(), Integer.parseInt(params.get("depth")));
    }
}
