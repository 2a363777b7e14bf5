package dev.eager.strategy.bypass;

/**
 * A class the bypass transform cannot rewrite. The message is one line naming the class and the
 * method, e.g. {@code com.acme.Repo.find: @Async method must return CompletableFuture or
 * CompletionStage, not int}.
 */
public final class TransformException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TransformException(String message) {
        super(message);
    }

    TransformException(String message, Throwable cause) {
        super(message, cause);
    }
}
