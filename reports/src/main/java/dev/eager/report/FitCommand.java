package dev.eager.report;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eager-report fit RUN}: the cost model of every series and its verdict. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        header = "The cost model of every series and its verdict.",
        description = {
            "Fits cost(depth) = fixed + slope * depth per (strategy, mode, layers,",
            "metric) by least squares through one point per fork (its median iteration)",
            "at every depth up to 20 (deeper opaque chains cost more per layer for every",
            "strategy on this kind of CPU; they are charted, not fitted), with 95%% confidence",
            "intervals on points - 2 degrees of freedom (needs two depths up to 20 and three",
            "forks or more between them), and judges each slope against the same",
            "run's duplicated SYNC slope: pays-once when the slope's interval lies at or",
            "below that slope plus the printed margin, else pays-per-layer."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:fitted", "2:bad input (no such folder, missing or malformed jmh-result.json, too few depths)"})
final class FitCommand implements Callable<Integer> {
    /** Output formats. */
    enum OutputFormat { table, json, md }

    @Parameters(paramLabel = "RUN", description = "a run folder, e.g. results/runs/20261126-031500-quick")
    Path run;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json (rows with fixed/slope and their intervals), md (Markdown)")
    OutputFormat format;

    @Override
    public Integer call() {
        CostModel model = CostModel.of(RunFolder.read(run));
        String out = switch (format) {
            case table -> VerdictTable.text(model);
            case json -> VerdictTable.json(model);
            case md -> VerdictTable.markdown(model);
        };
        System.out.print(out);
        return ExitCode.OK;
    }
}
