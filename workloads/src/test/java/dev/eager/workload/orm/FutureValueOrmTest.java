package dev.eager.workload.orm;

/** Strategy {@code future-value}'s orm stack against the contract. */
class FutureValueOrmTest extends OrmContract {
    FutureValueOrmTest() {
        super("future-value");
    }
}
