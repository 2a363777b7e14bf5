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
            "Renders a self-contained report of a run: index.html (works offline), led",
            "by the answer (the strategy x mode matrix of verdicts and the EAGER time",
            "chart over hand-written sync code), then the orm stack (ratio to duplicated",
            "SYNC per server, the service-layer sweep, the hit-ratio crossover), load",
            "(latency percentile curves on a 'nines' axis), and every verdict and chart",
            "; and summary.md (the verdict table for a pull request).",
            "Series too short to fit are drawn and named in one line. Prints the path",
            "of index.html. The report is written to a temporary folder, checked (every",
            "image present, no empty section) and moved into place only when complete.",
            "Charts are PNG, each once (what a published run keeps); with --svg, also an",
            "SVG copy of every chart, linked from index.html (not committed)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rendered", "2:bad input (no such folder, missing or malformed files, too few depths)"})
final class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN", description = "a run folder, e.g. results/runs/20261126-031500-standard")
    Path run;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "where to write the report (default: RUN/report); replaced only when complete")
    Path output;

    @Option(names = "--load", paramLabel = "LOADRUN",
            description = "a load run folder with load-summary.json and .hlog files, for the latency charts"
                    + " (default: RUN itself when it holds load-summary.json)")
    Path loadRun;

    @Option(names = "--svg", description = "also write every chart as SVG, linked from index.html (not for publishing)")
    boolean svg;

    @Override
    public Integer call() throws IOException {
        CostModel model = CostModel.of(RunFolder.read(run));
        // The main job writes its load results into the run folder itself.
        LoadRun load = loadRun != null ? LoadRun.read(loadRun) : LoadRun.isIn(run) ? LoadRun.read(run) : null;
        Path target = output != null ? output : run.resolve("report");
        Path index = new Report(model, load, svg).writeTo(target);
        System.out.println(index);
        return ExitCode.OK;
    }
}
