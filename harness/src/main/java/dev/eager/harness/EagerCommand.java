package dev.eager.harness;

import dev.eager.harness.gate.GateCheck;
import dev.eager.harness.gate.GateRun;
import dev.eager.harness.load.LoadCommand;
import dev.eager.harness.load.RoundTrip;
import dev.eager.harness.loc.LocCommand;
import dev.eager.report.BaselineCommand;
import dev.eager.report.CommandErrors;
import dev.eager.report.EagerReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code eager}: the project's one command line, run by {@code scripts/eager} from the benchmarks
 * jar. Every job has its subcommand: measuring (bench, profile, load, roundtrip), the gate (gate,
 * gate-check, baseline), source size (loc) and the report's commands under {@code report}. It lives
 * in harness because harness depends on reports, never the reverse.
 */
@Command(name = "eager", mixinStandardHelpOptions = true, version = "eager 0.1.0",
        description = {"Measures the strategies, reports the runs and gates regressions."},
        subcommands = {Bench.class, FlameGraphCommand.class, LoadCommand.class, RoundTrip.class, LocCommand.class,
                GateRun.class, GateCheck.class, BaselineCommand.class, EagerReport.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:a failed run, or a regression (gate)", "2:bad input or usage"})
public final class EagerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private EagerCommand() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line in-process and returns its exit code. */
    public static int run(String... args) {
        // Each run holds JMH's lock itself for its whole length (JmhLock); JMH must not take it per part.
        System.setProperty("jmh.ignoreLock", "true");
        System.setProperty("java.awt.headless", "true");
        return commandLine().execute(args);
    }

    /** Help text width: paths and option lists read on one line; still fits a 100-column terminal. */
    static final int HELP_WIDTH = 100;

    /** The whole command tree, with the one-line error handling every command shares. */
    static CommandLine commandLine() {
        return CommandErrors.install(new CommandLine(new EagerCommand())).setUsageHelpWidth(HELP_WIDTH);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (see eager --help)");
    }
}
