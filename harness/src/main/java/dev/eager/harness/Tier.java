package dev.eager.harness;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The JIT tier a chain fork runs in, and the HotSpot flags that put a JVM there. Every verdict used
 * to be a C2 verdict, where inlining and escape analysis can hide a per-layer toll; the proposal's
 * home is an interpreter, and first-tier code is where .NET found async chains about twice as slow.
 * A fork cannot choose its own flags, so the launcher passes them and the benchmark checks in its
 * setup that it got them ({@link #running()}).
 */
public enum Tier {
    /** Tiered compilation up to C2, the JVM's default: profiles, inlines, removes allocations (escape analysis). */
    C2(List.of()),
    /** C1 only ({@code -XX:TieredStopAtLevel=1}): compiled, inlines small methods, no escape analysis. */
    C1(List.of(ForkFlags.C1_ONLY)),
    /**
     * The bytecode interpreter ({@code -Xint}): nothing is compiled and nothing is inlined, so only
     * the opaque chain is measured here (over "inlined" layers it would be the same code).
     */
    INTERPRETER(List.of(ForkFlags.INTERPRETER_ONLY));

    private final List<String> flags;

    Tier(List<String> flags) {
        this.flags = flags;
    }

    /** The JVM flags a fork needs to run in this tier (none for C2). */
    public List<String> flags() {
        return flags;
    }

    /** The tier this JVM runs in, from its own settings: {@code -Xint}, else the highest tier it may compile at. */
    public static Tier running() {
        if (System.getProperty("java.vm.info", "").contains("interpreted mode")) {
            return INTERPRETER;
        }
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        boolean tiered = Boolean.parseBoolean(hotspot.getVMOption("TieredCompilation").getValue());
        int stopAt = Integer.parseInt(hotspot.getVMOption("TieredStopAtLevel").getValue());
        // Levels 1-3 are C1 code; without tiered compilation the JVM compiles with C2 alone.
        return tiered && stopAt >= 1 && stopAt <= 3 ? C1 : C2;
    }
}
