package dev.eager.strategy.bypass;

import java.util.concurrent.CompletionStage;

/**
 * The one way an {@link Async} method waits: {@code int v = await(stage);}.
 *
 * <p>This method has no body worth the name: the transform replaces every call of it. Waiting for
 * another {@code @Async} method of the same class becomes a call of that method's direct twin;
 * waiting for any other stage becomes a wait that rethrows the stage's own exception (blocking
 * the caller under the eager flag, suspending the async task otherwise). Reaching it at run time
 * means the class was never transformed.
 */
public final class Await {
    private Await() {
    }

    /**
     * The stage's value, once the transform has rewritten the caller.
     *
     * @throws IllegalStateException always, when it actually runs: the calling class was not
     *     transformed
     */
    public static <T> T await(CompletionStage<T> stage) {
        throw new IllegalStateException("Await.await ran in a class the bypass transform never rewrote: "
                + "rewrite the compiled classes with `java -cp <classpath> " + BuildStep.class.getName()
                + " <classes-folder>` after compilation (a process-classes step), or start the JVM with "
                + "-javaagent:<eager-strategies jar>");
    }
}
