package dev.eager.harness.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a load run does: the profile's defaults, overridden by the command line.
 *
 * @param profile     {@code smoke} (wiring, well under 3 minutes) or {@code standard}
 * @param server      {@code h2}, {@code postgres} or {@code memory}
 * @param rates       constant request rates, requests per second
 * @param seconds     measured seconds per cell
 * @param warmup      unmeasured seconds per cell before it, at the same rate
 * @param concurrency requests in flight at most (worker threads for SYNC and EAGER)
 * @param hitRatio    fraction of lookups the query set's cache may answer
 * @param strategies  strategies to drive; empty for every registered one that has an orm
 */
record LoadPlan(String profile, String server, List<Integer> rates, int seconds, int warmup, int concurrency,
        double hitRatio, List<String> strategies) {

    static final String USAGE = """
            Usage: scripts/load [--profile smoke|standard] [--server h2|postgres|memory] [--rate R...]
                                [--duration S] [--warmup S] [--concurrency N] [--hit-ratio F]
                                [--strategy NAME...]

            Drives the orm workload's findById at constant request rates, open loop, for every
            strategy (that has an orm stack) and mode: latency from each request's intended start
            (corrected for coordinated omission), at most --concurrency requests in flight, each
            cell bounded in time, loopback only. Writes one HdrHistogram log per cell and
            load-summary.json (sent == ok + failed per cell) to results/runs/<yyyyMMdd-HHmmss>-load-<profile>/
            and prints that folder as its last line.

              --profile      smoke: rate 200/s, 3 s per cell after 1 s warm-up (default)
                             standard: rates 250, 1000, 2000/s, 20 s per cell after 5 s warm-up
              --server       h2 (default), postgres (start it with scripts/postgres start), memory
              --rate R...    requests per second, one or more (replaces the profile's)
              --duration S   measured seconds per cell
              --warmup S     unmeasured seconds per cell before measuring
              --concurrency  requests in flight at most (default 8)
              --hit-ratio F  fraction 0..1 of lookups the result cache may answer (default 0)
              --strategy     only these strategies (default: all)
              -h, --help     this text
            Exit codes: 0 done, 1 a cell failed to run, 2 bad arguments.
            """;

    static LoadPlan parse(String[] args) {
        String profile = "smoke";
        String server = "h2";
        List<Integer> rates = new ArrayList<>();
        Integer seconds = null;
        Integer warmup = null;
        int concurrency = 8;
        double hitRatio = 0;
        List<String> strategies = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--profile" -> profile = value(args, ++i, arg);
                case "--server" -> server = value(args, ++i, arg);
                case "--rate" -> {
                    rates.add(positive(value(args, ++i, arg), arg));
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        rates.add(positive(args[++i], arg));
                    }
                }
                case "--duration" -> seconds = positive(value(args, ++i, arg), arg);
                case "--warmup" -> warmup = nonNegative(value(args, ++i, arg), arg);
                case "--concurrency" -> concurrency = positive(value(args, ++i, arg), arg);
                case "--hit-ratio" -> hitRatio = ratio(value(args, ++i, arg));
                case "--strategy" -> {
                    strategies.add(value(args, ++i, arg));
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        strategies.add(args[++i]);
                    }
                }
                default -> throw new BadArguments("unknown argument '" + arg + "' (try --help)");
            }
        }
        boolean smoke = switch (profile) {
            case "smoke" -> true;
            case "standard" -> false;
            default -> throw new BadArguments("--profile " + profile + ": expected smoke or standard");
        };
        if (!List.of("h2", "postgres", "memory").contains(server)) {
            throw new BadArguments("--server " + server + ": expected h2, postgres or memory");
        }
        if (rates.isEmpty()) {
            rates = smoke ? List.of(200) : List.of(250, 1000, 2000);
        }
        return new LoadPlan(profile, server, List.copyOf(rates), seconds != null ? seconds : smoke ? 3 : 20,
                warmup != null ? warmup : smoke ? 1 : 5, concurrency, hitRatio, List.copyOf(strategies));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new BadArguments(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String text, String option) {
        int n = nonNegative(text, option);
        if (n == 0) {
            throw new BadArguments(option + " " + text + ": must be at least 1");
        }
        return n;
    }

    private static int nonNegative(String text, String option) {
        try {
            int n = Integer.parseInt(text);
            if (n < 0) {
                throw new BadArguments(option + " " + text + ": must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadArguments(option + " " + text + ": not a whole number");
        }
    }

    private static double ratio(String text) {
        try {
            double r = Double.parseDouble(text);
            if (r >= 0 && r <= 1) {
                return r;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadArguments("--hit-ratio " + text + ": expected a number from 0 to 1");
    }

    /** The same plan against another server. */
    LoadPlan on(String otherServer) {
        return new LoadPlan(profile, otherServer, rates, seconds, warmup, concurrency, hitRatio, strategies);
    }

    /** The same plan over these strategies only. */
    LoadPlan withStrategies(List<String> only) {
        return new LoadPlan(profile, server, rates, seconds, warmup, concurrency, hitRatio, List.copyOf(only));
    }

    String describe() {
        return String.format(Locale.ROOT, "profile %s, server %s, rates %s/s, %d s per cell after %d s warm-up,"
                + " concurrency %d, hit ratio %s", profile, server, rates, seconds, warmup, concurrency, hitRatio);
    }

    /** A command line the run cannot start from. */
    static final class BadArguments extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadArguments(String message) {
            super(message);
        }
    }
}
