package dev.eager.workload.orm;

/** Strategy {@code codegen}'s orm stack (written async, its sync twin generated at build time) against the contract. */
class CodegenOrmTest extends OrmContract {
    CodegenOrmTest() {
        super("codegen");
    }
}
