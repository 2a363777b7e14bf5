package dev.eager.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every series of a run fitted to {@code fixed + slope * depth}, each judged against the same run's
 * {@code duplicated} SYNC slope over the same layers and metric.
 */
public final class CostModel {
    private final Run run;
    private final Map<SeriesKey, Map<Integer, Sample>> series;
    private final Map<SeriesKey, FitRow> rows;

    private CostModel(Run run, Map<SeriesKey, Map<Integer, Sample>> series, Map<SeriesKey, FitRow> rows) {
        this.run = run;
        this.series = series;
        this.rows = rows;
    }

    /** Fits every series of {@code run}; a run lacking what the fits need is bad input. */
    public static CostModel of(Run run) {
        Map<SeriesKey, Map<Integer, Sample>> series = run.series();
        if (series.isEmpty()) {
            throw new BadInput(run.folder().resolve(RunFolder.RESULTS),
                    "no depth-sweep results (benchmarks with strategy and depth parameters)");
        }
        String file = run.folder().resolve(RunFolder.RESULTS).toString();
        Map<SeriesKey, LinearFit> fits = new LinkedHashMap<>();
        series.forEach((key, byDepth) -> fits.put(key, LinearFit.of(byDepth, file + ": " + key)));
        List<SeriesKey> order = new ArrayList<>(fits.keySet());
        order.sort(SeriesKey.order(run.strategies()));
        Map<SeriesKey, FitRow> rows = new LinkedHashMap<>();
        for (SeriesKey key : order) {
            LinearFit reference = fits.get(key.reference());
            if (reference == null) {
                throw new BadInput(file + ": no " + key.reference()
                        + " results: every verdict is read against that reference");
            }
            double ceiling = Margin.of(key.metric()).ceiling(reference.slope());
            LinearFit fit = fits.get(key);
            Verdict verdict = key.isReference() || fit.slopeHigh() <= ceiling ? Verdict.PAYS_ONCE : Verdict.PAYS_PER_LAYER;
            rows.put(key, new FitRow(key, fit, ceiling, verdict));
        }
        return new CostModel(run, series, rows);
    }

    /** The run fitted. */
    public Run run() {
        return run;
    }

    /** The run's chain measurements by series and depth, as fitted (read once). */
    public Map<SeriesKey, Map<Integer, Sample>> series() {
        return series;
    }

    /** Every row, ordered by metric, layers, mode and strategy. */
    public List<FitRow> rows() {
        return List.copyOf(rows.values());
    }

    /** The row of one series, if the run has it. */
    public Optional<FitRow> row(SeriesKey key) {
        return Optional.ofNullable(rows.get(key));
    }
}
