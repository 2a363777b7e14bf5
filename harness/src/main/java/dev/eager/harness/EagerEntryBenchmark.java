package dev.eager.harness;

import dev.eager.core.Carrier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Entering and leaving eager mode once, per carrier of the flag: the fixed cost an eager call pays
 * at its entry. Read {@code THREAD_CELL} (the default), {@code SCOPED_VALUE} and {@code THREAD_LOCAL}
 * against {@code NONE}, the same body called without setting any flag (what a strategy that needs
 * no flag pays).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {ForkFlags.EXPORTS, ForkFlags.UNSAFE})
public class EagerEntryBenchmark {
    /** Where the flag lives: a {@link Carrier} constant, or {@code NONE} for no flag at all. */
    @Param({"THREAD_CELL", "SCOPED_VALUE", "THREAD_LOCAL", "NONE"})
    public String carrier;

    /** The input: a non-final field, so the body cannot be folded. */
    public int x = 1;

    private Carrier flag;
    private final Carrier.Body<Integer, RuntimeException> body = () -> x + 1;

    @Setup
    public void pickCarrier() {
        flag = carrier.equals("NONE") ? null : Carrier.valueOf(carrier);
    }

    /** The body returns a small cached {@code Integer}: no box is allocated on any path. */
    @Benchmark
    public int enter() {
        Integer value = flag == null ? body.call() : flag.callWithFlag(body);
        return value;
    }
}
