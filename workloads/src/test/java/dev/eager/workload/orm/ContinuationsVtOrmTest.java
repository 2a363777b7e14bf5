package dev.eager.workload.orm;

/** Strategy {@code continuations-vt}' orm stack (colourless, async on a virtual thread) against the contract. */
class ContinuationsVtOrmTest extends OrmContract {
    ContinuationsVtOrmTest() {
        super("continuations-vt");
    }
}
