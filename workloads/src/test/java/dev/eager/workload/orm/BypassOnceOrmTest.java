package dev.eager.workload.orm;

/** Strategy {@code bypass-once}'s orm stack against the contract. */
class BypassOnceOrmTest extends OrmContract {
    BypassOnceOrmTest() {
        super("bypass-once");
    }
}
