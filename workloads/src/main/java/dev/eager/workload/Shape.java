package dev.eager.workload;

/**
 * How a chain's layers are laid out in code (DESIGN section 5). The answer is the same in both:
 * {@code x + 2 + 3 * depth}; what differs is what the JIT, and a transform, see at each crossing.
 */
public enum Shape {
    /** Every layer a method of one class, calling the next directly: the seed's one-class chain. */
    METHODS,
    /**
     * Every layer its own class, reached through its own interface, as layers are in a real library
     * (a query set calling a compiler calling a cursor): each crossing is an interface call.
     */
    CLASSES
}
