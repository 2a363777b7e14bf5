package dev.eager.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run folder: its manifest and every measurement in its {@code jmh-result.json}.
 *
 * @param folder       where it was read from
 * @param manifest     provenance
 * @param measurements every benchmark result, one per metric
 */
public record Run(Path folder, Manifest manifest, List<Measurement> measurements) {
    /** The run's name: the manifest's run id, else the folder's name. */
    public String name() {
        String id = manifest.runId();
        return "?".equals(id) ? folder.getFileName().toString() : id;
    }

    /**
     * The chain measurements, grouped by series and then by depth, in the run's strategy order. A
     * depth measured more than once (a baseline pooled from several runs) gets all its iterations.
     */
    public Map<SeriesKey, Map<Integer, Sample>> series() {
        Map<SeriesKey, Map<Integer, Sample>> bySeries = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            if (m.isChain()) {
                bySeries.computeIfAbsent(m.chain().series(m.metric()), k -> new TreeMap<>())
                        .merge(m.chain().depth(), m.sample(), Sample::pooledWith);
            }
        }
        return bySeries;
    }

    /** The strategies in the order they first appear in the run (the harness's registry order). */
    public List<String> strategies() {
        List<String> names = new ArrayList<>();
        for (Measurement m : measurements) {
            if (m.isChain() && !names.contains(m.chain().strategy())) {
                names.add(m.chain().strategy());
            }
        }
        return names;
    }

    /**
     * The benchmarks that are not depth sweeps: entering eager mode, a continuation's start, ...
     * (not the cold starts: a single shot per JVM, in a table of their own).
     */
    public List<Measurement> fixedCost() {
        return measurements.stream().filter(m -> !m.isChain() && !ColdStart.isColdStart(m)).toList();
    }

    /** This run with its chain series under the default JIT tier (C2) only: what the gate judges. */
    public Run atDefaultTier() {
        return new Run(folder, manifest, measurements.stream()
                .filter(m -> !m.isChain() || Tiers.isDefault(m.chain().layers())).toList());
    }
}
