package dev.eager.core;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Helpers that let the leaf's own exception travel unwrapped through sync facades. */
public final class Throwables {
    private Throwables() {
    }

    /**
     * Throws {@code t} itself, checked or not, without wrapping. The caller's signature declares
     * what it may throw; this is how a sync facade passes on the leaf's checked exception as is.
     */
    public static RuntimeException sneakyThrow(Throwable t) {
        throw Throwables.<RuntimeException>uncheckedCast(t);
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X uncheckedCast(Throwable t) throws X {
        throw (X) t;
    }

    /**
     * The exception a future was completed with: strips the {@link CompletionException} and
     * {@link ExecutionException} wrappers that {@code CompletableFuture} adds on the way.
     */
    public static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
