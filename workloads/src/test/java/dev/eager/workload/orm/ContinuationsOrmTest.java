package dev.eager.workload.orm;

/** Strategy {@code continuations}' orm stack (colourless, async in a continuation) against the contract. */
class ContinuationsOrmTest extends OrmContract {
    ContinuationsOrmTest() {
        super("continuations");
    }
}
