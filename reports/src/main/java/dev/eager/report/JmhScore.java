package dev.eager.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/**
 * One metric of a JMH result as JMH writes it: its score, error and unit, and every measured
 * iteration, one array per fork.
 *
 * @param score JMH's score (the mean of the iterations)
 * @param error JMH's score error (99.9%), NaN when JMH wrote none
 * @param unit  e.g. {@code ns/op}, {@code B/op}
 * @param forks every measured iteration, one array per fork, in the order the forks ran
 * @param other JMH's remaining keys of the metric (confidence, percentiles), kept as written
 */
public record JmhScore(double score, double error, String unit, double[][] forks, ObjectNode other) {
    /** As a {@link Sample} in this metric's unit, times {@code factor}. */
    Sample sample(double factor) {
        double[][] scaled = new double[forks.length][];
        for (int f = 0; f < forks.length; f++) {
            scaled[f] = Arrays.stream(forks[f]).map(v -> v * factor).toArray();
        }
        return new Sample(score * factor, scaled);
    }
}
