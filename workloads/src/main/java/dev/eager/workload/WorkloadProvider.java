package dev.eager.workload;

import java.util.EnumSet;
import java.util.Set;

/**
 * One strategy's workloads, found by {@link java.util.ServiceLoader}: a strategy living in another
 * module (a peer in another language) registers by listing its provider in {@code
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
     * The chain at {@code depth} in shape {@link Shape#METHODS}: distinct generated methods per
     * layer up to {@link Workloads#GENERATED_DEPTH}, a recursive variant beyond.
     */
    default IntStack chain(int depth, Leaf leaf) {
        return chain(depth, leaf, Shape.METHODS);
    }

    /**
     * The shapes this strategy's chain comes in (every one, unless it says otherwise); {@link
     * Workloads#chain(String, int, Leaf, Shape)} asks only for these.
     */
    default Set<Shape> shapes() {
        return EnumSet.allOf(Shape.class);
    }

    /**
     * The chain at {@code depth} in {@code shape}, one of {@link #shapes()}. In {@link
     * Shape#CLASSES}: a distinct generated class (behind its own interface) per layer up to {@link
     * Workloads#GENERATED_DEPTH}; beyond, one class whose objects stack up through one interface.
     */
    IntStack chain(int depth, Leaf leaf, Shape shape);

    /**
     * The strategy's orm stack over {@code server}, its query set's cache answering a {@code
     * hitRatio} (0 ... 1) of user lookups, with {@code services} pass-through service layers (0 ...
     * {@link dev.eager.workload.orm.ServiceLayers#MAX}) above its repository; strategies that have
     * no orm yet say so.
     */
    default dev.eager.workload.orm.OrmStack orm(dev.eager.workload.orm.OrmServer server, double hitRatio,
            int services) {
        throw new UnsupportedOperationException("strategy '" + strategy() + "' has no orm workload yet");
    }

    /**
     * Whether the strategy is registered in this JVM; {@code false} keeps it out of {@link
     * Workloads#strategies()} (e.g. one present only under a system property).
     */
    default boolean enabled() {
        return true;
    }
}
