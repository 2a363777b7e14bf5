/**
 * Strategies {@code continuations} and {@code continuations-vt}: colourless code, async only where
 * it is run as a task.
 *
 * <p>How it works: authors write plain direct-style methods with no async colour; only leaves wait,
 * through {@link dev.eager.strategy.continuations.Io#await}. A sync caller just calls: outside a
 * task, {@code await} blocks the caller (the eager context needs no flag: "not inside one of our
 * tasks" is the eager context). {@link dev.eager.strategy.continuations.Async#start} runs the body
 * inside a {@code jdk.internal.vm.Continuation} of our own scope on the calling thread; an {@code
 * await} on a pending stage yields it, {@code start} returns the task's future, and when the stage
 * completes the continuation is resumed where it left off. {@code continuations-vt} runs the same
 * body on a virtual thread ({@link dev.eager.strategy.continuations.Async#startVirtual}) where
 * {@code await} parks it.
 *
 * <p>Which thread resumes, and why: the default resumer is a small work-stealing pool of daemon
 * threads of our own ({@code eager-carrier-N}, one per core). The thread that completes the stage
 * only hands the continuation over: it is typically an I/O thread or someone else's code, and must
 * not run the rest of our body (nor lend it its stack). The pool's managed blocking keeps a pinned
 * wait (below) from starving the others. {@code Async.start(body, executor)} picks another
 * resumer; {@code Runnable::run} resumes on the completing thread (what the yield benchmark uses
 * to keep a thread hand-off out of its number).
 *
 * <p>Where the cost is paid: once per top-level async call, never per layer. Layers are plain
 * calls in every mode (SYNC and EAGER are the same call; the leaf asks {@link
 * dev.eager.strategy.continuations.Io#inAsyncTask} to pick its blocking or its async face, so a
 * sync call allocates nothing for the wait). ASYNC pays a continuation and a future per call, and
 * at each real wait a freeze that copies the frames between {@code start} and the leaf to the heap
 * (so it grows with depth) and a lazy thaw on resume. A leaf whose stage is already complete does
 * not yield at all. Measured on JDK 25 ({@code ContinuationYieldBenchmark}, {@code -prof gc}): a
 * task that does not wait allocates 144 B; one wait adds about 400 B plus about 50 B per frame
 * frozen (536 B at depth 1, 1016 B at 10, 5488 B at 100).
 *
 * <p>What it cannot do:
 * <ul>
 *   <li>A yield the JVM refuses (a native frame, e.g. a wait inside a static initializer, or a
 *       critical section of {@code Continuation.pin()}) falls back to blocking the thread the
 *       continuation is mounted on (the caller of {@code start} on the first run); slower, never
 *       hung. A held monitor does not pin on JDK 25: it travels with the continuation.
 *   <li>Thread identity is the carrier's: {@code ThreadLocal}s seen before and after a wait may
 *       belong to different threads. A {@code ScopedValue} bound inside the body must not be
 *       waited across (its binding lives on the carrier thread); inside {@link
 *       dev.eager.core.Eager#run} {@code await} therefore blocks rather than yields, so async code
 *       started directly inside eager code runs to completion on the spot.
 *   <li>Cancellation reaches the stage being awaited (the body then sees {@link
 *       java.util.concurrent.CancellationException} from {@code await}); code that never awaits a
 *       pending stage is not stopped. The virtual-thread variant is not interrupted on cancel.
 *   <li>{@code jdk.internal.vm} is not a supported API: it needs {@code --add-exports
 *       java.base/jdk.internal.vm=ALL-UNNAMED} at compile and run time, and may change with the
 *       JDK. The virtual-thread variant needs nothing of the kind, but its stack is bounded like
 *       a platform thread's ({@code -Xss}).
 * </ul>
 */
package dev.eager.strategy.continuations;
