package dev.eager.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eager-report render RUN}: charts, index.html and summary.md. */
@Command(name = "render", mixinStandardHelpOptions = true,
        header = "Renders a run's report: charts, index.html, summary.md.",
        description = {
            "Renders a self-contained report of a run: PNG charts (time and bytes per",
            "call against depth with 95%% error bars and fitted lines, ratio",
            "to duplicated SYNC, fixed-cost benchmarks, and with --load the latency",
            "percentiles on a log 'nines' axis), index.html (works offline) and",
            "summary.md (the verdict table for a pull request): what a published run",
            "keeps, each chart once. With --svg, also an SVG copy of every chart,",
            "linked from index.html (for reading up close; not committed). Prints the path of",
            "index.html. The report is written to a temporary folder and moved into",
            "place only when complete."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rendered", "2:bad input (no such folder, missing or malformed files, too few depths)"})
final class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN", description = "a run folder, e.g. results/runs/20261126-031500-standard")
    Path run;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "where to write the report (default: RUN/report); replaced only when complete")
    Path output;

    @Option(names = "--load", paramLabel = "LOADRUN",
            description = "a load run folder with load-summary.json and .hlog files, for the latency chart")
    Path loadRun;

    @Option(names = "--svg", description = "also write every chart as SVG, linked from index.html (not for publishing)")
    boolean svg;

    @Override
    public Integer call() throws IOException {
        CostModel model = CostModel.of(RunFolder.read(run));
        LoadRun load = loadRun == null ? null : LoadRun.read(loadRun);
        Path target = output != null ? output : run.resolve("report");
        Path index = new Report(model, load, svg).writeTo(target);
        System.out.println(index);
        return ExitCode.OK;
    }
}
