package dev.eager.strategy.codegen;

/**
 * How the returns (or a switch arm's yields) met while rewriting a body are read: left alone, as
 * futures to translate, or as plain values; and what is done with what they give ({@link Sink}).
 */
record Returns(Mode mode, Sink sink) {
    enum Mode { NONE, FUTURES, VALUES, YIELDS }

    static final Returns NONE = new Returns(Mode.NONE, null);
}
