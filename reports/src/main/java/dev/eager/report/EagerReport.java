package dev.eager.report;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eager-report}: reads run folders, fits the cost model, renders the report, gates regressions. */
@Command(name = "eager-report", mixinStandardHelpOptions = true, version = "eager-report 0.1.0",
        description = {
            "Reads run folders written by scripts/bench (jmh-result.json + manifest.json)",
            "and answers whether each strategy pays the cost of turning async off once,",
            "or once per layer of the call stack."},
        subcommands = {FitCommand.class, RenderCommand.class, GateCommand.class, CompareCommand.class, BaselineCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:regression found (gate)", "2:bad input or usage"})
public final class EagerReport implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the CLI and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (for tests). */
    public static int run(String... args) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cli = new CommandLine(new EagerReport());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInput) {
                commandLine.getErr().println("eager-report: " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: fit, render, gate, compare or baseline");
    }
}
