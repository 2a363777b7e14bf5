package dev.eager.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every series of a run fitted to {@code fixed + slope * depth}, each judged against the same run's
 * {@code duplicated} SYNC slope over the same layers and metric. A series that cannot be fitted (too
 * few depths, or no fitted reference) is kept aside with the reason: the report still draws it, and
 * the commands that need every fit ({@code fit}, {@code gate}) refuse the run ({@link #requireEveryFit()}).
 */
public final class CostModel {
    private final Run run;
    private final Map<SeriesKey, Map<Integer, Sample>> series;
    private final Map<SeriesKey, FitRow> rows;
    private final Map<SeriesKey, String> unfitted;

    private CostModel(Run run, Map<SeriesKey, Map<Integer, Sample>> series, Map<SeriesKey, FitRow> rows,
            Map<SeriesKey, String> unfitted) {
        this.run = run;
        this.series = series;
        this.rows = rows;
        this.unfitted = unfitted;
    }

    /** Fits every series of {@code run} it can; a run without any depth sweep is bad input. */
    public static CostModel of(Run run) {
        Map<SeriesKey, Map<Integer, Sample>> series = run.series();
        if (series.isEmpty()) {
            throw new BadInput(run.folder().resolve(RunFolder.RESULTS),
                    "no depth-sweep results (benchmarks with strategy and depth parameters)");
        }
        return fit(run, series);
    }

    /**
     * Fits the given series of {@code run} (its depth sweeps, or another sweep keyed the same way,
     * such as the orm's service layers {@code k}), each against the {@link SeriesKey#reference()} among them.
     */
    static CostModel fit(Run run, Map<SeriesKey, Map<Integer, Sample>> series) {
        String file = run.folder().resolve(RunFolder.RESULTS).toString();
        List<SeriesKey> order = new ArrayList<>(series.keySet());
        order.sort(SeriesKey.order(run.strategies()));
        Map<SeriesKey, LinearFit> fits = new LinkedHashMap<>();
        Map<SeriesKey, String> unfitted = new LinkedHashMap<>();
        for (SeriesKey key : order) {
            try {
                fits.put(key, LinearFit.of(series.get(key), file + ": " + key));
            } catch (BadInput e) {
                unfitted.put(key, e.getMessage());
            }
        }
        Map<SeriesKey, FitRow> rows = new LinkedHashMap<>();
        for (SeriesKey key : order) {
            LinearFit fit = fits.get(key);
            if (fit == null) {
                continue;
            }
            LinearFit reference = fits.get(key.reference());
            if (reference == null) {
                unfitted.put(key, file + ": " + (series.containsKey(key.reference())
                        ? key + ": its reference " + key.reference() + " could not be fitted"
                        : "no " + key.reference() + " results: every verdict is read against that reference"));
                continue;
            }
            double ceiling = Margin.of(key.metric()).ceiling(reference.slope());
            Verdict verdict = key.isReference() ? Verdict.PAYS_ONCE : fit.verdict(ceiling);
            rows.put(key, new FitRow(key, fit, ceiling, verdict));
        }
        Map<SeriesKey, String> sortedUnfitted = new TreeMap<>(SeriesKey.order(run.strategies()));
        sortedUnfitted.putAll(unfitted);
        return new CostModel(run, series, rows, new LinkedHashMap<>(sortedUnfitted));
    }

    /** This model when every series was fitted; else the first reason, as bad input. */
    public CostModel requireEveryFit() {
        if (!unfitted.isEmpty()) {
            throw new BadInput(unfitted.values().iterator().next());
        }
        return this;
    }

    /** The run fitted. */
    public Run run() {
        return run;
    }

    /** The run's chain measurements by series and depth, as fitted (read once). */
    public Map<SeriesKey, Map<Integer, Sample>> series() {
        return series;
    }

    /** Every fitted row, ordered by metric, layers, mode and strategy. */
    public List<FitRow> rows() {
        return List.copyOf(rows.values());
    }

    /** The row of one series, if the run has it fitted. */
    public Optional<FitRow> row(SeriesKey key) {
        return Optional.ofNullable(rows.get(key));
    }

    /** The series that could not be fitted, in row order, each with the reason. */
    public Map<SeriesKey, String> unfitted() {
        return java.util.Collections.unmodifiableMap(unfitted);
    }

    /**
     * One line naming the fits that need more depths, or empty when every series was fitted: what a
     * report of a short run (e.g. two depths, one fork) says instead of failing.
     */
    public Optional<String> unfittedLine() {
        if (unfitted.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<Integer> depths = new java.util.TreeSet<>();
        unfitted.keySet().forEach(k -> depths.addAll(series.get(k).keySet()));
        List<String> names = unfitted.keySet().stream().map(SeriesKey::toString).toList();
        return Optional.of(unfitted.size() + " of " + series.size() + " series are drawn but not fitted (measured at depths "
                + depths + "; a fit with intervals needs three depths up to " + LinearFit.MAX_FITTED_DEPTH
                + ", or two with three forks or more, and a fitted duplicated SYNC to judge against): "
                + String.join(", ", names));
    }
}
