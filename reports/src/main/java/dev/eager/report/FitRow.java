package dev.eager.report;

/**
 * One fitted series with its verdict against the same run's reference.
 *
 * @param key     strategy, mode, layers, metric
 * @param fit     the fitted model
 * @param ceiling the highest slope that still pays once (reference slope plus margin)
 * @param verdict pays once or per layer
 */
public record FitRow(SeriesKey key, LinearFit fit, double ceiling, Verdict verdict) {
}
