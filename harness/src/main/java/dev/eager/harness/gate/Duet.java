package dev.eager.harness.gate;

import dev.eager.harness.Profile;
import dev.eager.report.JmhJson;
import dev.eager.report.JmhResult;
import dev.eager.report.RunFolder;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The interleaved measurement behind the gate (the duet, or A/B, design): the candidate's and the
 * base commit's forks of every paired set run round by round, one fork of each set and side per
 * round, the sets in an order drawn from a seed and the two sides of a set back to back in a random
 * order. A slow spell of the shared host then falls on both sides and on every series alike,
 * instead of on one point's forks run back to back. Sets only the candidate measures (allocation
 * of the series that pay per layer) are spread over the rounds.
 *
 * <p>Writes the candidate's merged {@code jmh-result.json} into the gate folder, the base's into
 * {@code base/}, and the order actually run into {@code schedule.tsv}.
 */
final class Duet {
    /** One side of the duet: a benchmarks jar run by a fork runner. */
    record Side(String name, ForkRunner runner) {
    }

    private final Profile profile;
    private final int rounds;
    private final long seed;
    private final PrintStream out;

    Duet(Profile profile, int rounds, long seed, PrintStream out) {
        this.profile = profile;
        this.rounds = rounds;
        this.seed = seed;
        this.out = out;
    }

    /**
     * What a duet measured: per side, per set, the forks in round order; which forks failed; and the
     * highest 1-minute load average seen after any fork (how quiet the shared machine stayed).
     */
    record Measured(Map<ForkSet, List<JmhResult>> candidate, Map<ForkSet, List<JmhResult>> base, List<String> failures,
            double highestLoad) {
    }

    /** Runs every round; {@code base} may be null (the candidate alone). */
    Measured run(List<ForkSet> sets, Side candidate, Side base, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path scratch = Files.createTempFile("gate-fork", ".json");
        try {
            return measure(sets, candidate, base, folder, scratch);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /** The rounds themselves; each fork's JMH result passes through {@code scratch}, one file for the run. */
    private Measured measure(List<ForkSet> sets, Side candidate, Side base, Path folder, Path scratch)
            throws IOException, InterruptedException {
        List<List<ForkSet>> plan = plan(sets);
        int total = plan.stream().mapToInt(r -> r.stream().mapToInt(s -> s.paired() && base != null ? 2 : 1).sum()).sum();
        Map<ForkSet, List<JmhResult>> candidateForks = new LinkedHashMap<>();
        Map<ForkSet, List<JmhResult>> baseForks = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> schedule = new ArrayList<>(List.of("round\tposition\tside\tseconds\tset"));
        Random sides = new Random(seed ^ 0x5eed);
        Instant start = Instant.now();
        double highestLoad = 0;
        int done = 0;
        for (int r = 0; r < plan.size(); r++) {
            int position = 0;
            for (ForkSet set : plan.get(r)) {
                List<Side> order = new ArrayList<>(List.of(candidate));
                if (set.paired() && base != null) {
                    order.add(sides.nextBoolean() ? 1 : 0, base);
                }
                // A paired set keeps a round only when both sides measured it, so fork i of either
                // side is always round i's.
                Map<Side, JmhResult> measured = new LinkedHashMap<>();
                for (Side side : order) {
                    Instant forkStart = Instant.now();
                    try {
                        measured.put(side, side.runner().run(set, profile, scratch));
                    } catch (IOException e) {
                        failures.add("round " + (r + 1) + ", " + side.name() + ", " + set.label() + ": " + e.getMessage());
                        out.println("[gate]   FAILED: " + failures.getLast());
                    }
                    highestLoad = Math.max(highestLoad, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    long seconds = Duration.between(forkStart, Instant.now()).toSeconds();
                    schedule.add((r + 1) + "\t" + (++position) + "\t" + side.name() + "\t" + seconds + "\t" + set.label());
                    done++;
                    long elapsed = Duration.between(start, Instant.now()).toSeconds();
                    out.printf("[gate] round %d/%d, fork %d/%d: %s (%s); elapsed %s, ETA %s%n", r + 1, plan.size(), done,
                            total, set.label(), side.name(), minutes(elapsed), minutes(elapsed * (total - done) / done));
                }
                if (measured.size() == order.size()) {
                    candidateForks.computeIfAbsent(set, k -> new ArrayList<>()).add(measured.get(candidate));
                    if (base != null && measured.containsKey(base)) {
                        baseForks.computeIfAbsent(set, k -> new ArrayList<>()).add(measured.get(base));
                    }
                }
            }
        }
        Files.write(folder.resolve("schedule.tsv"), schedule);
        write(sets, candidateForks, folder.resolve(RunFolder.RESULTS));
        if (base != null) {
            write(sets, baseForks, folder.resolve(RunFolder.BASE).resolve(RunFolder.RESULTS));
        }
        return new Measured(candidateForks, baseForks, failures, highestLoad);
    }

    /** The sets of each round in their drawn order; a set only the candidate measures runs in one round. */
    List<List<ForkSet>> plan(List<ForkSet> sets) {
        List<List<ForkSet>> plan = new ArrayList<>();
        List<ForkSet> single = sets.stream().filter(s -> !s.paired()).toList();
        for (int r = 0; r < rounds; r++) {
            List<ForkSet> round = new ArrayList<>(sets.stream().filter(ForkSet::paired).toList());
            for (int i = r; i < single.size(); i += rounds) {
                round.add(single.get(i));
            }
            Collections.shuffle(round, new Random(seed + r));
            plan.add(round);
        }
        return plan;
    }

    /** Merged results in the order of {@code sets} (the registry's), not the drawn order. */
    private static void write(List<ForkSet> sets, Map<ForkSet, List<JmhResult>> forks, Path file) {
        JmhJson.write(sets.stream().filter(forks::containsKey).map(s -> JmhJson.merge(forks.get(s))).toList(), file);
    }

    static String minutes(long seconds) {
        return String.format("%dm%02ds", seconds / 60, seconds % 60);
    }
}
