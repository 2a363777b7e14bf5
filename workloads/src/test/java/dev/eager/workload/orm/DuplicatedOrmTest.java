package dev.eager.workload.orm;

/** Strategy {@code duplicated}'s orm stack (a sync and an async copy of every layer) against the contract. */
class DuplicatedOrmTest extends OrmContract {
    DuplicatedOrmTest() {
        super("duplicated");
    }
}
