package dev.eager.workload.orm;

/** Strategy {@code bypass-prologue}'s orm stack against the contract. */
class BypassPrologueOrmTest extends OrmContract {
    BypassPrologueOrmTest() {
        super("bypass-prologue");
    }
}
