package dev.eager.workload;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The one registry of workloads, for tests, benchmarks and anyone checking from outside.
 *
 * <pre>{@code
 * Stack<Integer> s = Workloads.chain("bypass-once", 10, Leaf.READY);
 * s.eager(1);   // 33 = 1 + 2 + 3 * 10
 * Workloads.chain("future", 10, Leaf.READY, Shape.CLASSES).eager(1);   // 33, each layer its own class
 * }</pre>
 */
public final class Workloads {
    /** Depths up to this have a distinct generated method per layer; deeper ones recurse. */
    public static final int GENERATED_DEPTH = 100;

    private static final Map<String, WorkloadProvider> PROVIDERS = load();

    private Workloads() {
    }

    /** The registered strategies' names, in a stable order. */
    public static List<String> strategies() {
        return List.copyOf(PROVIDERS.keySet());
    }

    /**
     * The chain of {@code strategy} at {@code depth} in shape {@link Shape#METHODS}: computes
     * {@code x + 2 + 3 * depth}.
     */
    public static IntStack chain(String strategy, int depth, Leaf leaf) {
        return chain(strategy, depth, leaf, Shape.METHODS);
    }

    /**
     * The chain of {@code strategy} at {@code depth} in {@code shape}: computes {@code x + 2 + 3 *
     * depth}.
     *
     * @throws IllegalArgumentException if the strategy has no chain of that shape (see {@link #shapes})
     */
    public static IntStack chain(String strategy, int depth, Leaf leaf, Shape shape) {
        Objects.requireNonNull(leaf, "leaf");
        Objects.requireNonNull(shape, "shape");
        if (depth < 1) {
            throw new IllegalArgumentException("depth " + depth + ": must be at least 1");
        }
        WorkloadProvider provider = provider(strategy);
        if (!provider.shapes().contains(shape)) {
            throw new IllegalArgumentException("strategy '" + strategy + "' has no " + shape + " chain: it has "
                    + shapes(strategy));
        }
        return provider.chain(depth, leaf, shape);
    }

    /** The shapes the chain of {@code strategy} comes in, in {@link Shape} order. */
    public static List<Shape> shapes(String strategy) {
        Set<Shape> shapes = provider(strategy).shapes();
        return Arrays.stream(Shape.values()).filter(shapes::contains).toList();
    }

    /** The group of {@code strategy}: {@code ours} or {@code peers} (see {@link WorkloadProvider#group()}). */
    public static String group(String strategy) {
        return provider(strategy).group();
    }

    /** What the chain computes at {@code depth}: the seed's {@code await f(x) + 3}, once a layer. */
    public static int expectedChain(int x, int depth) {
        return Leaf.compute(x) + 3 * depth;
    }

    /**
     * The orm stack of {@code strategy} over the server named {@code server} ({@code h2},
     * {@code postgres} or {@code memory}, started on first use), its result cache answering a
     * {@code hitRatio} of user lookups. Close it to close its pooled connections.
     */
    public static dev.eager.workload.orm.OrmStack orm(String strategy, String server, double hitRatio) {
        return orm(strategy, server, hitRatio, 0);
    }

    /**
     * As {@link #orm(String, String, double)}, with {@code services} pass-through service layers
     * (0 ... {@link dev.eager.workload.orm.ServiceLayers#MAX}), each its own class, above the repository.
     */
    public static dev.eager.workload.orm.OrmStack orm(String strategy, String server, double hitRatio, int services) {
        return orm(strategy, dev.eager.workload.orm.OrmServers.get(server), hitRatio, services);
    }

    /** The orm stack of {@code strategy} over the server named {@code server}, its cache never answering. */
    public static dev.eager.workload.orm.OrmStack orm(String strategy, String server) {
        return orm(strategy, server, 0);
    }

    /** The orm stack of {@code strategy} over {@code server}, e.g. a test's proxy in front of a real one. */
    public static dev.eager.workload.orm.OrmStack orm(String strategy, dev.eager.workload.orm.OrmServer server,
            double hitRatio) {
        return orm(strategy, server, hitRatio, 0);
    }

    /** The orm stack of {@code strategy} over {@code server} with {@code services} service layers. */
    public static dev.eager.workload.orm.OrmStack orm(String strategy, dev.eager.workload.orm.OrmServer server,
            double hitRatio, int services) {
        Objects.requireNonNull(server, "server");
        return provider(strategy).orm(server, hitRatio, dev.eager.workload.orm.ServiceLayers.checkCount(services));
    }

    /** Whether {@code strategy} has an orm stack (its provider implements {@link WorkloadProvider#orm}). */
    public static boolean hasOrm(String strategy) {
        try {
            return provider(strategy).getClass()
                    .getMethod("orm", dev.eager.workload.orm.OrmServer.class, double.class, int.class)
                    .getDeclaringClass() != WorkloadProvider.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("WorkloadProvider.orm is gone", e);
        }
    }

    private static WorkloadProvider provider(String strategy) {
        WorkloadProvider provider = PROVIDERS.get(strategy);
        if (provider == null) {
            throw new IllegalArgumentException(
                    "unknown strategy '" + strategy + "': expected one of " + PROVIDERS.keySet());
        }
        return provider;
    }

    private static Map<String, WorkloadProvider> load() {
        Map<String, WorkloadProvider> byName = new LinkedHashMap<>();
        ServiceLoader.load(WorkloadProvider.class, Workloads.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .filter(WorkloadProvider::enabled)
                .sorted(Comparator.comparingInt(WorkloadProvider::order)
                        .thenComparing(WorkloadProvider::strategy))
                .forEach(p -> {
                    WorkloadProvider clash = byName.putIfAbsent(p.strategy(), p);
                    if (clash != null) {
                        throw new IllegalStateException("strategy '" + p.strategy() + "' registered twice: "
                                + clash.getClass().getName() + " and " + p.getClass().getName());
                    }
                });
        return byName;
    }
}
