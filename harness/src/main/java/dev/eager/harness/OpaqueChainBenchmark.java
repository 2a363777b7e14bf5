package dev.eager.harness;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;

/**
 * The chain with {@code layers = opaque}: every method named {@code layer*} in any workload package
 * ({@code dev.eager.workload.*}: the leaf {@code layer0}, each generated layer, the recursive
 * {@code layers}, and whatever twins a strategy names {@code layer*}; in shape {@code CLASSES} the
 * same names on the layer classes nested in {@code ClassChain}) is kept out of inlining, as
 * in a large application where calls are not free. Read against {@code duplicated} {@code SYNC}
 * here: hand-written sync code's real per-layer call cost.
 */
@Fork(value = 1, jvmArgsAppend = {ForkFlags.EXPORTS, ForkFlags.UNSAFE, ForkFlags.QUIET,
        ForkFlags.DONT_INLINE_LAYERS})
public class OpaqueChainBenchmark extends AbstractChainBenchmark {
    /** This class's layer kind (one value: the report keys on it). */
    @Param({"opaque"})
    public String layers;
}
