package dev.eager.harness;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;

/**
 * The chain with {@code layers = opaque}: every method named {@code layer*} in any workload package
 * ({@code dev.eager.workload.*}: the leaf {@code layer0}, each generated layer, the recursive
 * {@code layers}, and whatever twins a strategy names {@code layer*}; in shape {@code CLASSES} the
 * same names on the layer classes nested in {@code ClassChain}) is kept out of inlining, as
 * in a large application where calls are not free. Read against {@code duplicated} {@code SYNC}
 * here: hand-written sync code's real per-layer call cost. With no {@code -p}: {@code EAGER} over
 * {@code duplicated}, {@code bypass-once} and {@code future} at depths 1, 10, 20 (see {@link
 * AbstractChainBenchmark}).
 *
 * <p>The name, the method {@code chain} and the parameter names are kept as they are: the
 * regression gate runs this class from the baseline commit's jar with the same include pattern and
 * {@code -p} values as from this commit's.
 */
@Fork(value = 1, jvmArgsAppend = {ForkFlags.EXPORTS, ForkFlags.UNSAFE, ForkFlags.QUIET,
        ForkFlags.DONT_INLINE_LAYERS})
public class OpaqueChainBenchmark extends AbstractChainBenchmark {
    /** This class's layer kind (one value: the report keys on it). */
    @Param({"opaque"})
    public String layers;
}
