package dev.eager.workload.mutant;

import java.util.Locale;

/**
 * The regression gate's proof (DESIGN section 8): a deliberate per-layer cost, one extra nested
 * layer every {@link #stride()} layers. With {@code -Deager.mutants} set, the name {@code
 * bypass-once} gives the mutant chain ({@link MutantChain}, its own generated variant) instead of the
 * plain one; absent or {@code none}, the plain chain, which has no hook at all.
 */
public enum Mutation {
    /** Unmutated: what a baseline and an unchanged run measure. */
    NONE(0),
    /** One extra nested layer under every layer: doubles the layers a call goes through. */
    EVERY_LAYER(1),
    /** One extra nested layer under every fifth layer: +20% layers, so +20% per-layer cost. */
    EVERY_FIFTH_LAYER(5);

    /** The system property that picks the mutation. */
    public static final String PROPERTY = "eager.mutants";

    private final int stride;

    Mutation(int stride) {
        this.stride = stride;
    }

    /** Every how many layers the extra layer is nested; 0 for never. */
    public int stride() {
        return stride;
    }

    /** The value of {@link #PROPERTY}: {@code none}, {@code every-layer}, {@code every-fifth-layer}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether layer {@code layer} (1 the lowest above the leaf) gets the extra layer under {@code stride}. */
    public static boolean slows(int stride, int layer) {
        return stride > 0 && layer % stride == 0;
    }

    /** The mutation {@link #PROPERTY} asks for; {@code NONE} when it is absent. */
    public static Mutation current() {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            return NONE;
        }
        for (Mutation m : values()) {
            if (m.id().equals(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException("-D" + PROPERTY + "=" + value
                + ": expected none, every-layer or every-fifth-layer");
    }
}
