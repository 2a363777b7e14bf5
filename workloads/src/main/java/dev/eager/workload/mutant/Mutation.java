package dev.eager.workload.mutant;

import java.util.Locale;

/**
 * Which deliberate per-layer cost the stand-in strategy carries, from {@code -Deager.mutants}:
 * absent means the strategy is not registered at all.
 */
public enum Mutation {
    /** Registered, unmutated: what a baseline and an unchanged run measure. */
    NONE(0),
    /** One extra non-inlined call in every layer: about doubles the opaque per-layer cost. */
    EVERY_LAYER(1),
    /** One extra non-inlined call in every fifth layer: about +20% per-layer cost. */
    EVERY_FIFTH_LAYER(5);

    /** The system property that registers the stand-in and picks its mutation. */
    public static final String PROPERTY = "eager.mutants";

    private final int stride;

    Mutation(int stride) {
        this.stride = stride;
    }

    /** Every how many layers the extra call is made; 0 for never. */
    public int stride() {
        return stride;
    }

    /** The value of {@link #PROPERTY}: {@code none}, {@code every-layer}, {@code every-fifth-layer}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether {@link #PROPERTY} is set, i.e. the stand-in is registered. */
    public static boolean enabled() {
        return System.getProperty(PROPERTY) != null;
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
