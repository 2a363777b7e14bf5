package dev.eager.workload;

/**
 * One strategy's workloads, found by {@link java.util.ServiceLoader}: a strategy living in another
 * module (a peer in another language, a test mutant) registers by listing its provider in {@code
 * META-INF/services/dev.eager.workload.WorkloadProvider}.
 */
public interface WorkloadProvider {
    /** The strategy's name, e.g. {@code bypass-once}. */
    String strategy();

    /** Where the strategy sits in {@link Workloads#strategies()}: lower first. */
    int order();

    /**
     * Which group of rows the strategy belongs to in benchmarks and reports: {@code ours} for the
     * strategies this project proposes, {@code peers} for what users would pick instead.
     */
    default String group() {
        return "ours";
    }

    /**
     * The chain at {@code depth}: distinct generated methods per layer up to {@link
     * Workloads#GENERATED_DEPTH}, a recursive variant beyond.
     */
    IntStack chain(int depth, Leaf leaf);
}
