package dev.eager.core;

import java.util.concurrent.CompletionStage;

/**
 * The eager context: a sync answer from async code, paid for once at the entry.
 *
 * <pre>{@code
 * User user = Eager.run(() -> service.findUserAsync(42));
 * }</pre>
 *
 * <p>Where the call's argument varies, pass it beside the call instead of capturing it: {@code
 * Eager.run(service::findUserAsync, id)}. A capturing lambda is an object per entry wherever escape
 * analysis cannot remove it (the JIT did not inline the whole entry, as under a deep call); the
 * two-argument form allocates nothing for the call.
 *
 * <p>While {@link #run} runs its call, {@link #isEager()} is true on the calling thread; async
 * code that honours the flag (each strategy does it its own way) completes its work on the spot
 * instead of scheduling it. The flag is visible only inside the dynamic extent of {@code run} on
 * that thread: threads and executors the call hands work to do not inherit it, and it is off again
 * once {@code run} returns or throws. Nested calls are fine.
 *
 * <p>Exceptions: whatever the call's leaf threw is what the caller of {@code run} catches: the same
 * object, never wrapped in a {@code CompletionException} or {@code ExecutionException}. The type
 * parameter {@code X} lets a sync facade declare the checked exception its leaf throws.
 *
 * <p>Blocking: if the returned stage is not complete (a library that ignored the flag), {@code run}
 * waits for it on the calling thread, see {@link Blocking#await}.
 */
public final class Eager {
    private static final Carrier CARRIER = Carrier.fromProperty(System.getProperty(Carrier.PROPERTY));

    private Eager() {
    }

    /** An async call: returns a stage, may throw {@code X} before it does. */
    @FunctionalInterface
    public interface Call<T, X extends Throwable> extends Carrier.Body<CompletionStage<T>, X> {
    }

    /** An async call of one argument: returns a stage, may throw {@code X} before it does. */
    @FunctionalInterface
    public interface CallOf<A, T, X extends Throwable> extends Carrier.BodyOf<A, CompletionStage<T>, X> {
    }

    /** Runs {@code call} with the eager flag set and returns the value of the stage it returns. */
    public static <T, X extends Throwable> T run(Call<T, X> call) throws X {
        CompletionStage<T> stage = CARRIER.callWithFlag(call);
        return Blocking.await(stage);
    }

    /** {@link #run(Call)} of {@code call(argument)}: nothing is allocated to carry the argument. */
    public static <A, T, X extends Throwable> T run(CallOf<A, T, X> call, A argument) throws X {
        CompletionStage<T> stage = CARRIER.callWithFlag(call, argument);
        return Blocking.await(stage);
    }

    /** Whether the current thread is inside {@link #run}. */
    public static boolean isEager() {
        return CARRIER.isSet();
    }

    /** The carrier this JVM uses for the flag (system property {@value Carrier#PROPERTY}). */
    public static Carrier carrier() {
        return CARRIER;
    }
}
