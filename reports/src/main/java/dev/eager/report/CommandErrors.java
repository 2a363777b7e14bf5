package dev.eager.report;

import picocli.CommandLine;

/**
 * How every command of the {@code eager} command line fails: one line on stderr naming the command
 * and the problem, never a usage dump or a stack trace, and exit code {@link ExitCode#BAD_INPUT} for
 * bad usage as for unusable input. Installed once on the root, it covers every subcommand.
 */
public final class CommandErrors {
    private CommandErrors() {
    }

    /** Installs the one-line handlers on {@code cli} and returns it. */
    public static CommandLine install(CommandLine cli) {
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            String name = failed.getCommandSpec().qualifiedName();
            failed.getErr().println(name + ": " + e.getMessage() + " (see " + name + " --help)");
            return ExitCode.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
            if (e instanceof BadInput) {
                failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
            throw e;
        });
        return cli;
    }
}
