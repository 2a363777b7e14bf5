package dev.eager.harness.load;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

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

    /** Parses {@code args} as {@code eager load} does; bad input is {@link BadArguments}. */
    static LoadPlan parse(String[] args) {
        CommandLine cli = new CommandLine(LoadCommand.class);
        try {
            cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new BadArguments(e.getMessage());
        }
        return cli.<LoadCommand>getCommand().plan();
    }

    /** The plan from the options given (null: not given, the profile's default), checked. */
    static LoadPlan of(String profile, String server, List<Integer> rates, Integer seconds, Integer warmup,
            int concurrency, double hitRatio, List<String> strategies) {
        boolean smoke = switch (profile) {
            case "smoke" -> true;
            case "standard" -> false;
            default -> throw new BadArguments("--profile " + profile + ": expected smoke or standard");
        };
        if (!List.of("h2", "postgres", "memory").contains(server)) {
            throw new BadArguments("--server " + server + ": expected h2, postgres or memory");
        }
        for (int rate : rates) {
            if (rate < 1) {
                throw new BadArguments("--rate " + rate + ": must be at least 1");
            }
        }
        if (seconds != null && seconds < 1) {
            throw new BadArguments("--duration " + seconds + ": must be at least 1");
        }
        if (warmup != null && warmup < 0) {
            throw new BadArguments("--warmup " + warmup + ": must not be negative");
        }
        if (concurrency < 1) {
            throw new BadArguments("--concurrency " + concurrency + ": must be at least 1");
        }
        if (!(hitRatio >= 0 && hitRatio <= 1)) {
            throw new BadArguments("--hit-ratio " + hitRatio + ": expected a number from 0 to 1");
        }
        List<Integer> measured = rates.isEmpty() ? (smoke ? List.of(200) : List.of(250, 1000, 2000)) : rates;
        return new LoadPlan(profile, server, List.copyOf(measured), seconds != null ? seconds : smoke ? 3 : 20,
                warmup != null ? warmup : smoke ? 1 : 5, concurrency, hitRatio, List.copyOf(strategies));
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
