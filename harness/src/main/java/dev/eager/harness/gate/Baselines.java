package dev.eager.harness.gate;

import dev.eager.report.BadInput;
import dev.eager.report.Manifest;
import dev.eager.report.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stored baselines under {@code results/baselines/}, one per JDK and machine kind: allocation is
 * exact only for one JDK, and a machine kind of its own has its own per-layer costs, so the gate takes
 * the one made on the JDK and the machine kind it runs on, and says so in one line when there is not
 * exactly one.
 */
final class Baselines {
    private Baselines() {
    }

    /** {@code vendor version} of this JVM, as the harness's manifest writes it. */
    static String thisJdk() {
        return (System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")).trim();
    }

    /** The CPU model and core count of this machine, as the report's manifest reads them back. */
    static String thisMachine() {
        return Manifest.cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores";
    }

    /** The one baseline under {@code folder} made on this JDK and machine kind, or bad input saying what there is. */
    static Path forThisJdk(Path folder) throws IOException {
        return choose(folder, thisJdk(), thisMachine());
    }

    /** The one baseline under {@code folder} made on {@code jdk} and {@code machine}, or bad input. */
    static Path choose(Path folder, String jdk, String machine) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new BadInput(folder, "no such folder: no baseline to gate against (make one with eager baseline)");
        }
        List<Path> all;
        try (Stream<Path> list = Files.list(folder)) {
            all = list.filter(p -> Files.isRegularFile(p.resolve(RunFolder.MANIFEST))).sorted().toList();
        }
        List<Path> matching = all.stream().filter(p -> {
            Manifest manifest = Manifest.read(p);
            return manifest.jdk().equals(jdk) && manifest.machine().equals(machine);
        }).toList();
        if (matching.size() == 1) {
            return matching.getFirst();
        }
        throw new BadInput(folder, (matching.isEmpty() ? "no baseline" : matching.size() + " baselines") + " for JDK '"
                + jdk + "' on '" + machine + "' among " + all.stream().map(p -> p.getFileName().toString()).toList()
                + (matching.isEmpty() ? ": make one with eager baseline, or skip the gate with EAGER_CI_GATE=0"
                        : ": name one with --baseline DIR"));
    }
}
