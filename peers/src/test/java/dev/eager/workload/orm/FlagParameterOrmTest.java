package dev.eager.workload.orm;

/** Peer {@code flag-parameter}'s orm stack against the contract. */
class FlagParameterOrmTest extends OrmContract {
    FlagParameterOrmTest() {
        super("flag-parameter");
    }
}
