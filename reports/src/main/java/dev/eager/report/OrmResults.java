package dev.eager.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The orm stack's points of a run: {@code findById} through a strategy's whole stack (repository to
 * wire), per mode, server, hit ratio (the fraction of lookups the cache answers) and {@code k} (extra
 * service layers above the repository; 0 where the run has no such parameter). Read against
 * {@code duplicated} SYNC at the same server, hit ratio and {@code k}, as the chain is read against it
 * at the same depth.
 *
 * @param run    the run they came from
 * @param points time (ns/op) and bytes per op of every point
 */
record OrmResults(Run run, Map<Point, Map<Metric, Sample>> points) {
    /** One orm benchmark's coordinates. */
    record Point(String strategy, String mode, String server, double hitRatio, int k) {
        /** The same point of the reference: duplicated SYNC. */
        Point reference() {
            return new Point(ChainPoint.REFERENCE_STRATEGY, ChainPoint.REFERENCE_MODE, server, hitRatio, k);
        }
    }

    /** An orm result, as the run-folder format tells the kinds apart. */
    static boolean isOrm(Measurement m) {
        return !m.isChain() && BenchmarkKind.of(m.params().keySet()) == BenchmarkKind.ORM;
    }

    static OrmResults of(Run run) {
        Map<Point, Map<Metric, Sample>> points = new LinkedHashMap<>();
        for (Measurement m : run.measurements()) {
            if (!isOrm(m)) {
                continue;
            }
            Map<String, String> p = m.params();
            Point point = new Point(p.get("strategy"), p.get("mode").toUpperCase(java.util.Locale.ROOT),
                    p.get("server"), number(p.getOrDefault("hitRatio", "0"), run, "hitRatio"),
                    (int) number(p.getOrDefault("k", "0"), run, "k"));
            points.computeIfAbsent(point, x -> new LinkedHashMap<>()).merge(m.metric(), m.sample(), Sample::pooledWith);
        }
        return new OrmResults(run, points);
    }

    private static double number(String text, Run run, String param) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadInput(run.folder().resolve(RunFolder.RESULTS), "orm " + param + " '" + text + "' is not a number");
        }
    }

    boolean isEmpty() {
        return points.isEmpty();
    }

    List<String> servers() {
        return points.keySet().stream().map(Point::server).distinct().toList();
    }

    /** SYNC, EAGER, ASYNC: those the run has. */
    List<String> modes() {
        return points.keySet().stream().map(Point::mode).distinct()
                .sorted(java.util.Comparator.comparingInt(SeriesKey::modeRank)).toList();
    }

    /** The strategies in the run's order: the chain's, then any only the orm has. */
    List<String> strategies() {
        List<String> out = new ArrayList<>(run.strategies());
        out.retainAll(points.keySet().stream().map(Point::strategy).toList());
        points.keySet().stream().map(Point::strategy).distinct().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }

    List<Double> hitRatios() {
        return new ArrayList<>(new TreeSet<>(points.keySet().stream().map(Point::hitRatio).toList()));
    }

    List<Integer> ks() {
        return new ArrayList<>(new TreeSet<>(points.keySet().stream().map(Point::k).toList()));
    }

    /** The point the ratio table reads: no cache hits (every lookup waits) and no extra layers, where measured. */
    double baseHitRatio() {
        return hitRatios().getFirst();
    }

    int baseK() {
        return ks().getFirst();
    }

    Optional<Sample> sample(Point point, Metric metric) {
        return Optional.ofNullable(points.get(point)).map(m -> m.get(metric));
    }

    /** Time at {@code point} over duplicated SYNC's at the same server, hit ratio and k, with its 95% interval. */
    Optional<Ratio> ratioToSync(Point point) {
        Optional<Sample> reference = sample(point.reference(), Metric.TIME);
        return sample(point, Metric.TIME).flatMap(s -> reference.map(r -> Ratio.of(s, r)));
    }

    /**
     * The service-layer sweep as series keyed like the chain's ({@code layers} is {@code orm-<server>},
     * the "depth" is {@code k}), at the base hit ratio; empty when the run measured fewer than two values of k.
     */
    Map<SeriesKey, Map<Integer, Sample>> kSweep() {
        Map<SeriesKey, Map<Integer, Sample>> out = new LinkedHashMap<>();
        if (ks().size() < 2) {
            return out;
        }
        double hit = baseHitRatio();
        points.forEach((point, metrics) -> {
            if (point.hitRatio() == hit) {
                metrics.forEach((metric, sample) -> out.computeIfAbsent(new SeriesKey(point.strategy(), point.mode(),
                        "orm-" + point.server(), metric), x -> new TreeMap<>()).put(point.k(), sample));
            }
        });
        return out;
    }

    /**
     * The crossover: for one mode and server, per strategy, time over duplicated SYNC's against the
     * fraction of lookups that reach the server ({@code 1 - hitRatio}), at the base k, in rising order.
     */
    Map<String, List<double[]>> crossover(String mode, String server) {
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        for (String strategy : strategies()) {
            List<double[]> line = new ArrayList<>();
            for (double hit : hitRatios().reversed()) {
                ratioToSync(new Point(strategy, mode, server, hit, baseK()))
                        .ifPresent(r -> line.add(new double[] {1 - hit, r.value(), r.low(), r.high()}));
            }
            if (!line.isEmpty()) {
                out.put(strategy, line);
            }
        }
        return out;
    }
}
