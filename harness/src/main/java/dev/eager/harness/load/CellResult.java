package dev.eager.harness.load;

import dev.eager.report.LoadSummary;
import java.util.Locale;

/**
 * One cell of a load run: a strategy's orm stack in one mode against one server at one constant
 * request rate. Latencies in microseconds, measured from each request's intended start.
 */
record CellResult(String strategy, String mode, String server, int rate, double hitRatio, long sent, long ok, long failed,
        long p50, long p90, long p99, long p999, long max, String hlog) {

    CellResult {
        if (sent != ok + failed) {
            throw new IllegalStateException("requests lost: sent " + sent + " != ok " + ok + " + failed " + failed);
        }
    }

    /** This cell as a row of the run folder's load summary. */
    LoadSummary.Row row() {
        return new LoadSummary.Row(strategy, mode, server, rate, hitRatio, sent, ok, failed, p50, p90, p99, p999, max,
                hlog);
    }

    String toLine() {
        return String.format(Locale.ROOT, "%-16s %-6s %-8s %6d/s  sent %7d  ok %7d  failed %5d  p50 %7d  p90 %7d"
                + "  p99 %7d  p99.9 %7d  max %8d us", strategy, mode, server, rate, sent, ok, failed, p50, p90, p99, p999, max);
    }
}
