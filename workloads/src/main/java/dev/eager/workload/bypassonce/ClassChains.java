package dev.eager.workload.bypassonce;

import dev.eager.workload.Leaf;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * Finds the {@code CLASSES} chain of a bypass package ({@code bypass-once} or {@code
 * bypass-prologue}). That chain declares {@code @Async} interface methods and is built as a
 * separate library, which joins these classes only once the bypass transform has rewritten it
 * (workloads/src/build/SeparateLibrary.java); so it is looked up by name, and a strategy offers
 * shape {@code CLASSES} exactly when it is there.
 */
public final class ClassChains {
    private static final MethodType ENTRY = MethodType.methodType(IntFunction.class, Leaf.class, int.class);

    private final MethodHandle entry;

    private ClassChains(MethodHandle entry) {
        this.entry = entry;
    }

    /** The {@code CLASSES} chain of {@code pkg}, or null when the transform left it out of this build. */
    public static ClassChains in(String pkg) {
        Class<?> chain;
        try {
            chain = Class.forName(pkg + ".ClassChain", true, ClassChains.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
        try {
            return new ClassChains(MethodHandles.publicLookup().findStatic(chain, "entry", ENTRY));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(chain.getName() + " has no public static entry" + ENTRY, e);
        }
    }

    /** The chain's entry at {@code depth}: its top layer's public method, called through its interface. */
    @SuppressWarnings("unchecked")
    public IntFunction<CompletableFuture<Integer>> entry(Leaf leaf, int depth) {
        try {
            return (IntFunction<CompletableFuture<Integer>>) entry.invoke(leaf, depth);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
