package dev.eager.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A stored baseline for the gate, pooled from one or more runs of one JDK and machine kind into
 * {@code <baselines>/<vendor>-<jdk version>-<cpu>-<cores>core/}: every run's results with the forks
 * of the same benchmark and parameters merged, the first run's manifest, and a {@code PROVENANCE.md}
 * saying where it all came from. Several runs give the baseline more forks at each depth, so one
 * disturbed fork cannot define it.
 */
public final class Baseline {
    /** The provenance file beside the pooled results. */
    public static final String PROVENANCE = "PROVENANCE.md";

    private Baseline() {
    }

    /**
     * Pools {@code runs} into a baseline under {@code baselines}, replacing one of the same name
     * only once the new one is complete and reads and fits like a run; returns its folder.
     */
    public static Path pool(List<Path> runs, Path baselines, String command) {
        if (runs.isEmpty()) {
            throw new BadInput("no run to make a baseline from");
        }
        List<Run> read = new ArrayList<>();
        for (Path folder : runs) {
            Run run = RunFolder.read(folder);
            CostModel.of(run);
            read.add(run);
        }
        Manifest first = read.getFirst().manifest();
        for (Run run : read) {
            Manifest m = run.manifest();
            if (!m.jdk().equals(first.jdk()) || !m.machine().equals(first.machine())) {
                throw new BadInput(run.folder().resolve(RunFolder.MANIFEST), "JDK '" + m.jdk() + "' on " + m.machine()
                        + " differs from " + read.getFirst().name() + "'s '" + first.jdk() + "' on " + first.machine()
                        + ": one baseline per JDK and machine kind");
            }
        }
        String name = name(first);
        Path target = baselines.resolve(name);
        try {
            Files.createDirectories(baselines);
            Path staging = Files.createTempDirectory(baselines, ".staging-");
            try {
                RunFolder.write(staging, first, JmhJson.pool(runs.stream().map(RunFolder::results).toList()));
                // The pooled folder must read and fit like a run before it replaces a baseline.
                CostModel.of(RunFolder.read(staging));
                Files.writeString(staging.resolve(PROVENANCE), provenance(name, read, command));
                deleteTree(target);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(baselines + ": " + e.getMessage(), e);
        }
        return target;
    }

    /** {@code eclipse-adoptium-25.0.3-amd-epyc-2core}: the JDK and machine kind a baseline is for. */
    static String name(Manifest m) {
        return slug(m.jdkVendor()) + "-" + m.jdkVersion().replaceAll("\\+.*", "") + "-" + slug(m.text("cpuModel")) + "-"
                + m.text("cores") + "core";
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-|-$", "");
    }

    private static String provenance(String name, List<Run> runs, String command) {
        Manifest first = runs.getFirst().manifest();
        StringBuilder md = new StringBuilder("# Baseline " + name + "\n\n")
                .append("The regression gate's reference for JDK ").append(first.jdkVersion()).append(" (")
                .append(first.jdkVendor()).append(") on ").append(first.text("cpuModel")).append(", ")
                .append(first.text("cores")).append(" cores.\n")
                .append("Gate a run against it with `scripts/eager report gate --baseline results/baselines/").append(name)
                .append(" RUN`.\n")
                .append("Pooled from ").append(runs.size()).append(" run(s) by `").append(command).append("` on ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(":\n")
                .append("the forks of each benchmark and parameter set from every run together.\n\n")
                .append("| run | profile | commit | measured | command |\n|---|---|---|---|---|\n");
        for (Run run : runs) {
            Manifest m = run.manifest();
            md.append("| ").append(run.name()).append(" | ").append(m.profile()).append(" | ").append(m.commit())
                    .append(" (dirty: ").append(m.dirty()).append(") | ").append(m.text("start")).append(" to ")
                    .append(m.text("end")).append(" | `").append(m.text("command")).append("` |\n");
        }
        return md.append("""

                manifest.json is the first run's (full provenance: JVM flags, OS, memory, JMH version). Allocation
                per op is exact only for this JDK: a run on another JDK is rejected by the gate (exit 2); take a new
                baseline. The machine was shared with other builds while measuring, so time scores are noisy.
                """).toString();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
