package dev.eager.strategy.codegen;

/**
 * What the sync code does with the value a returned chain produces at one point: returns it,
 * returns nothing, binds it to a step's parameter, assigns it ({@code handle}'s value) or drops it.
 */
record Sink(Kind kind, String name) {
    enum Kind { RETURN, RETURN_VOID, BIND, ASSIGN, DISCARD }

    static final Sink RETURN = new Sink(Kind.RETURN, null);
    static final Sink RETURN_VOID = new Sink(Kind.RETURN_VOID, null);
    static final Sink DISCARD = new Sink(Kind.DISCARD, null);

    boolean returns() {
        return kind == Kind.RETURN || kind == Kind.RETURN_VOID;
    }
}
