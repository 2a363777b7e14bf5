package dev.eager.strategy.bypass;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one way an {@link Async} method waits: {@code int v = await(stage);}.
 *
 * <p>The transform replaces every call of it: waiting for another {@code @Async} method becomes a
 * call of that method's direct twin; waiting for any other stage becomes a wait that rethrows the
 * stage's own exception (blocking the caller under the eager flag, suspending the async task
 * otherwise). Reaching this method at run time means the calling class was never transformed (or
 * the agent could not transform it and said so): it still answers right, by waiting for the stage
 * as {@link DirectTwin#await} does, and says once on standard error how to transform it.
 */
public final class Await {
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private Await() {
    }

    /**
     * The stage's value, or its own exception: blocks the calling thread unless it runs in an async
     * task of the continuations strategy, which it suspends instead.
     */
    @SuppressWarnings("unchecked") // the stage's own value
    public static <T> T await(CompletionStage<T> stage) {
        if (!WARNED.getAndSet(true)) {
            String caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass().getName();
            System.err.println("bypass: " + caller + " awaits without the transform (each await pays a future): "
                    + "rewrite the compiled classes with `java -cp <classpath> " + BuildStep.class.getName()
                    + " <classes-folder>` after compilation (a process-classes step), or start the JVM with "
                    + "-javaagent:<eager-strategies jar>");
        }
        return (T) DirectTwin.await(stage);
    }
}
