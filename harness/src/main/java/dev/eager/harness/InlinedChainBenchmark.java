package dev.eager.harness;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;

/**
 * The chain with {@code layers = inlined}: the JIT may inline every layer, as it would in a small
 * program. A hand-written inlined chain folds to almost nothing, so read the slope here together
 * with {@link OpaqueChainBenchmark}'s. With no {@code -p}: {@code EAGER} over {@code duplicated},
 * {@code bypass-once} and {@code future} at depths 1, 10, 20 (see {@link AbstractChainBenchmark}).
 *
 * <p>Runs and baselines made before this class had its name call it {@code ChainBenchmark}; the
 * reports key a chain point on its {@code layers} parameter, so they read both names alike.
 */
@Fork(value = 1, jvmArgsAppend = {ForkFlags.EXPORTS, ForkFlags.UNSAFE})
public class InlinedChainBenchmark extends AbstractChainBenchmark {
    /** This class's layer kind (one value: the report keys on it). */
    @Param({"inlined"})
    public String layers;
}
