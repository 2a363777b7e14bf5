package dev.eager.harness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a profile measures of the orm stack ({@code OrmBenchmark}): which cells (a server, a cache
 * hit ratio, a number k of service layers), in which modes, in how many forks. Not the cross
 * product of everything: a base cell per server at hit ratio 0 and k = 0, a hit-ratio sweep on some
 * servers, and a k sweep (at hit ratio 0) on some, each cell measured for every strategy that has
 * an orm stack.
 *
 * <p>Forks are the unit of noise: a 3-fork orm point on memory had time errors of 25-50% of its
 * score on this machine kind, so a point that is read gets five. The launcher runs them in rounds
 * with every other unit, so drift falls on every strategy alike.
 *
 * @param forks        forks per point
 * @param everyMode    {@code SYNC} wherever a strategy has sync code, {@code EAGER} and {@code ASYNC}
 *                     everywhere; otherwise {@code EAGER} for every strategy and {@code SYNC} for
 *                     the reference ({@link #REFERENCE}) only, what the ratios and fits are read against
 * @param servers      the base cells' servers, at hit ratio 0
 * @param hitServers   the servers the hit ratio is swept on
 * @param hitRatios    the swept hit ratios (0 is the base cell)
 * @param serviceServers the servers the service layers are swept on
 * @param services     the swept numbers of service layers (0 is the base cell)
 * @param strategies   the strategies measured (empty: every one with an orm stack)
 */
public record OrmSweep(int forks, boolean everyMode, List<String> servers, List<String> hitServers,
        List<String> hitRatios, List<String> serviceServers, List<String> services, List<String> strategies) {
    /** The hand-written sync code every orm ratio is read against. */
    public static final String REFERENCE = "duplicated";

    /** Every server of the orm workload, in report order. */
    public static final List<String> ALL_SERVERS = List.of("memory", "h2", "postgres");

    /** Every hit ratio the issue asks for: 0 (every lookup reaches the server) ... 1. */
    public static final List<String> ALL_HIT_RATIOS = List.of("0", "0.5", "0.9", "0.99", "1");

    /** No orm at all. */
    public static final OrmSweep NONE = new OrmSweep(1, false, List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    /** Every number of service layers the k sweep takes: 0 (the repository alone) ... 8. */
    public static final List<String> ALL_SERVICES = List.of("0", "2", "4", "8");

    public OrmSweep {
        if (forks < 1) {
            throw new IllegalArgumentException("an orm point needs a fork: " + forks);
        }
        servers = List.copyOf(servers);
        hitServers = List.copyOf(hitServers);
        hitRatios = List.copyOf(hitRatios);
        serviceServers = List.copyOf(serviceServers);
        services = List.copyOf(services);
        strategies = List.copyOf(strategies);
    }

    /** Whether the sweep measures {@code strategy}. */
    public boolean takes(String strategy) {
        return strategies.isEmpty() || strategies.contains(strategy);
    }

    /** One orm point's parameters besides strategy and mode. */
    public record Cell(String server, String hitRatio, String k) {
    }

    /** The cells, each once: the base cells, then the sweep's, server by server. */
    public List<Cell> cells() {
        Set<Cell> cells = new LinkedHashSet<>();
        for (String server : servers) {
            cells.add(new Cell(server, "0", "0"));
        }
        for (String server : hitServers) {
            for (String ratio : hitRatios) {
                cells.add(new Cell(server, ratio, "0"));
            }
        }
        for (String server : serviceServers) {
            for (String k : services) {
                cells.add(new Cell(server, "0", k));
            }
        }
        return List.copyOf(cells);
    }

    /** The same sweep without {@code server} (e.g. a postgres that could not be started). */
    public OrmSweep without(String server) {
        return new OrmSweep(forks, everyMode, drop(servers, server), drop(hitServers, server), hitRatios,
                drop(serviceServers, server), services, strategies);
    }

    private static List<String> drop(List<String> from, String server) {
        List<String> out = new ArrayList<>(from);
        out.remove(server);
        return out;
    }
}
