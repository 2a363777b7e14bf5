package dev.eager.workload.orm;

/** Strategy {@code future}'s orm stack against the contract. */
class FutureOrmTest extends OrmContract {
    FutureOrmTest() {
        super("future");
    }
}
