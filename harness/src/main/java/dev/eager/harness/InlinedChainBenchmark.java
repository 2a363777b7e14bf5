package dev.eager.harness;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;

/**
 * The chain with {@code layers = inlined}: the JIT may inline every layer, as it would in a small
 * program. A hand-written inlined chain folds to almost nothing, so read the slope here together
 * with {@link OpaqueChainBenchmark}'s.
 */
@Fork(value = 1, jvmArgsAppend = {ForkFlags.EXPORTS, ForkFlags.UNSAFE})
public class ChainBenchmark extends AbstractChainBenchmark {
    /** This class's layer kind (one value: the report keys on it). */
    @Param({"inlined"})
    public String layers;
}
