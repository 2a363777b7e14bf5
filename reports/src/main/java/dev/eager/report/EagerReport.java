package dev.eager.report;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code eager report}: reads run folders, fits the cost model, renders the report, gates
 * regressions. A group of the {@code eager} command line (which lives with the benchmarks, in
 * harness); this module never depends on the benchmark code.
 */
@Command(name = "report", mixinStandardHelpOptions = true, version = "eager report 0.1.0",
        header = "Fit, render, gate and compare run folders.",
        description = {
            "Reads run folders written by eager bench (jmh-result.json + manifest.json)",
            "and answers whether each strategy pays the cost of turning async off once,",
            "or once per layer of the call stack."},
        subcommands = {FitCommand.class, RenderCommand.class, GateCommand.class, CompareCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:regression found (gate)", "2:bad input or usage"})
public final class EagerReport implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs {@code eager report ARGS} in-process and returns its exit code: for the benchmarks'
     * {@code --report} and for tests. The command line itself is {@code eager}'s, in harness.
     */
    public static int run(String... args) {
        System.setProperty("java.awt.headless", "true");
        return CommandErrors.install(new CommandLine(new EagerReport()).setCommandName("eager report")).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: fit, render, gate, compare or baseline");
    }
}
