package dev.eager.report;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eager baseline RUN...}: a commit-ready baseline for the gate, pooled from runs. A top-level
 * command of {@code eager} (registered in harness), kept here beside the format it writes.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        header = "Pools runs into the gate's baseline for a JDK and machine.",
        description = {
            "Pools one or more run folders of one JDK and machine kind into a baseline for",
            "the gate: DIR/<vendor>-<jdk version>-<cpu>-<cores>core/ with jmh-result.json",
            "(the forks of each benchmark and parameter set from every run together), the",
            "first run's manifest.json and PROVENANCE.md. Take the runs with the gate's",
            "design (eager bench --profile gate --include OpaqueChainBenchmark --shape METHODS).",
            "Each run must read and fit; an old baseline of the same name is replaced only",
            "when the new one is complete. Prints the baseline's folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:bad input (a run that does not read or fit, runs of different JDKs or machines)"})
public final class BaselineCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "RUN", description = "run folders, e.g. results/runs/20261130-072028-gate")
    List<Path> runs;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = "results/baselines",
            description = "the folder of baselines (default: ${DEFAULT-VALUE})")
    Path into;

    @Override
    public Integer call() {
        System.out.println(Baseline.pool(runs, into, "eager baseline " + String.join(" ",
                runs.stream().map(Path::toString).toList())));
        return ExitCode.OK;
    }
}
