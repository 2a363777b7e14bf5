package dev.eager.harness.load;

import dev.eager.workload.orm.OrmServers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open-loop load of the main job ({@code mvn verify -Pbench}, i.e. {@code scripts/bench --load}):
 * the orm's {@code findById} for every strategy and mode at two or more constant rates, per server,
 * written into the benchmark run's own folder ({@code load-summary.json} and one {@code .hlog} per
 * cell) so that its report draws the latency curves. Sized per profile: a tiny wiring check in
 * {@code smoke} and {@code quick}, two rates on two servers in {@code standard}, three on the same two
 * in {@code full}; none for the gate and the flame graphs.
 */
public final class MainJobLoad {
    private MainJobLoad() {
    }

    /**
     * The plan of {@code profile}: servers in order of preference; postgres where a cluster is
     * configured, else the next server in the list stands in for it (and the skip is said).
     */
    static List<LoadPlan> plans(String profile) {
        return switch (profile) {
            // Wiring: every strategy and mode against real loopback I/O at two rates, 1 s each (~1-2 min).
            case "smoke", "quick" -> List.of(plan("smoke", "h2", List.of(100, 200), 1, 0));
            case "standard" -> List.of(plan("standard", "h2", List.of(250, 1000), 3, 1),
                    plan("standard", "postgres", List.of(250, 1000), 3, 1));
            // Three rates on the two real servers, ~10 min: what full's 90 min leave beside its orm points.
            case "full" -> List.of(plan("standard", "h2", List.of(250, 1000, 2000), 3, 1),
                    plan("standard", "postgres", List.of(250, 1000, 2000), 3, 1));
            default -> List.of();
        };
    }

    /** Whether the load of {@code profile} measures on postgres (so the run starts its cluster for it too). */
    public static boolean usesPostgres(String profile) {
        return plans(profile).stream().anyMatch(p -> p.server().equals("postgres"));
    }

    private static LoadPlan plan(String profile, String server, List<Integer> rates, int seconds, int warmup) {
        return new LoadPlan(profile, server, rates, seconds, warmup, 8, 0, List.of());
    }

    /** What the run did: the plans measured and, per server left out, why. */
    public record Outcome(int status, List<String> measured, Map<String, String> skipped) {
        /** For the manifest: what ran and what was left out. */
        public Map<String, Object> describe() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("measured", measured);
            out.put("skipped", skipped);
            out.put("status", status == LoadCommand.OK ? "ok" : "a cell failed (see bench.log)");
            return out;
        }
    }

    /** Runs the load of {@code profile} into {@code folder}; an empty outcome for a profile without load. */
    public static Outcome run(String profile, Path folder, PrintStream log) throws IOException, InterruptedException {
        List<LoadPlan> plans = new ArrayList<>(plans(profile));
        Map<String, String> skipped = new LinkedHashMap<>();
        if (plans.stream().anyMatch(p -> p.server().equals("postgres")) && !OrmServers.postgresConfigured()) {
            String why = "no PostgreSQL cluster (" + OrmServers.postgresSettingsFile() + " missing: scripts/postgres start)";
            skipped.put("postgres", why);
            plans.removeIf(p -> p.server().equals("postgres"));
            // Two servers still: memory stands in (the CPU cost alone, no syscalls).
            if (plans.stream().noneMatch(p -> p.server().equals("memory")) && !plans.isEmpty()) {
                plans.add(plans.getFirst().on("memory"));
            }
            log.println("[bench] load: postgres skipped: " + why + "; measuring "
                    + plans.stream().map(LoadPlan::server).toList());
        }
        List<CellResult> results = new ArrayList<>();
        List<String> strategiesSkipped = new ArrayList<>();
        List<String> measured = new ArrayList<>();
        int status = LoadCommand.OK;
        for (LoadPlan plan : plans) {
            int s = LoadCommand.measure(plan, folder, log, results, strategiesSkipped);
            status = Math.max(status, s);
            measured.add(plan.describe());
        }
        return new Outcome(status, measured, skipped);
    }
}
