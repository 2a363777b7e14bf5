package dev.eager.strategy.codegen;

/** A construct of the async source the generator cannot turn into sync code; the message names file and line. */
public final class GenerationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GenerationException(String message) {
        super(message);
    }
}
