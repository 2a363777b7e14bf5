package dev.eager.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one estimator: a fork's value is its median iteration, a point the median of its forks' values. */
class SampleTest {
    @Test
    void aPointIsTheMedianOfItsForksMedianIterations() {
        Sample s = new Sample(0, new double[][] {{10, 11, 90}, {20, 21, 22}, {42, 40, 41}});
        assertEquals(21, s.point(), "fork values 11, 21, 41; a disturbed iteration (90) moves nothing");
    }

    @Test
    void withFewerThanSixForksTheIntervalIsTheirRange() {
        Sample s = new Sample(0, new double[][] {{10}, {14}, {12}, {30}});
        assertEquals(10, s.low());
        assertEquals(30, s.high());
    }

    @Test
    void withOneForkTheIntervalComesFromItsIterations() {
        Sample s = new Sample(0, new double[][] {{10, 12, 11, 13, 9}});
        assertEquals(11, s.point());
        assertEquals(9, s.low());
        assertEquals(13, s.high());
    }

    @Test
    void withMoreValuesTheIntervalNarrowsToTheOrderStatisticsThatCoverTheMedian() {
        // Binomial(n, 1/2): n = 6 covers 96.9% only with the range, n = 9 with x(2)..x(8), n = 17 with x(5)..x(13).
        assertEquals(0, Sample.orderStatistic(5));
        assertEquals(0, Sample.orderStatistic(6));
        assertEquals(1, Sample.orderStatistic(9));
        assertEquals(4, Sample.orderStatistic(17));
        double[][] forks = new double[9][];
        for (int f = 0; f < 9; f++) {
            forks[f] = new double[] {f + 1};
        }
        Sample nine = new Sample(0, forks);
        assertEquals(2, nine.low());
        assertEquals(8, nine.high());
    }

    @Test
    void withoutRawDataThePointIsJmhsScore() {
        assertEquals(7.5, new Sample(7.5, new double[0][]).point());
    }
}
