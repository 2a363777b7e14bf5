package dev.eager.report;

import java.util.List;
import java.util.Locale;

/**
 * The JIT tier of a chain series, carried in its layer kind as the shape is: {@code opaque-c1},
 * {@code opaque-classes-interpreter}. C2, the default, adds nothing, so every series of a run made
 * before tiers (and every baseline) reads as C2, as it was measured.
 */
final class Tiers {
    /** The tier of a result without a {@code tier} parameter. */
    static final String DEFAULT = "C2";
    /** The tiers in the order the report shows them: the default first, then by less compilation. */
    static final List<String> ORDER = List.of("C2", "C1", "INTERPRETER");

    private Tiers() {
    }

    /** {@code layers} as measured under {@code tier}. */
    static String layers(String layers, String tier) {
        return tier.equals(DEFAULT) ? layers : layers + "-" + tier.toLowerCase(Locale.ROOT);
    }

    /** The tier of a series' layer kind. */
    static String of(String layers) {
        for (String tier : ORDER) {
            if (!tier.equals(DEFAULT) && layers.endsWith("-" + tier.toLowerCase(Locale.ROOT))) {
                return tier;
            }
        }
        return DEFAULT;
    }

    /** The layer kind without its tier: {@code opaque-classes} for {@code opaque-classes-c1}. */
    static String withoutTier(String layers) {
        String tier = of(layers);
        return tier.equals(DEFAULT) ? layers : layers.substring(0, layers.length() - tier.length() - 1);
    }

    /** Whether {@code layers} was measured under the default tier. */
    static boolean isDefault(String layers) {
        return of(layers).equals(DEFAULT);
    }
}
