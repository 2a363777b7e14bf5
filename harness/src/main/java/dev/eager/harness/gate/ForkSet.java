package dev.eager.harness.gate;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * One JMH parameter set the gate forks, and whether the base commit measures it too.
 *
 * @param benchmark the full benchmark name, e.g. {@code dev.eager.harness.OpaqueChainBenchmark.chain}
 * @param params    every parameter, so that the benchmark runs this set and no default
 * @param paired    measured on both sides, one fork of each per round; else the candidate only
 */
record ForkSet(String benchmark, Map<String, String> params, boolean paired) {
    /** {@code strategy=bypass-once mode=EAGER depth=20 ...}, for progress lines and the schedule. */
    String label() {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
