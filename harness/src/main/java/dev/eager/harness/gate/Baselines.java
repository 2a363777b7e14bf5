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
 * exact only for one JDK, so the gate takes the one made on the JDK it runs on.
 */
final class Baselines {
    private Baselines() {
    }

    /** {@code vendor version} of this JVM, as the harness's manifest writes it. */
    static String thisJdk() {
        return (System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")).trim();
    }

    /** The one baseline under {@code folder} made on this JDK, or bad input saying what there is. */
    static Path forThisJdk(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new BadInput(folder, "no such folder: no baseline to gate against (make one with scripts/baseline)");
        }
        List<Path> all;
        try (Stream<Path> list = Files.list(folder)) {
            all = list.filter(p -> Files.isRegularFile(p.resolve(RunFolder.MANIFEST))).sorted().toList();
        }
        List<Path> matching = all.stream().filter(p -> Manifest.read(p).jdk().equals(thisJdk())).toList();
        if (matching.size() == 1) {
            return matching.getFirst();
        }
        throw new BadInput(folder, (matching.isEmpty() ? "no baseline" : matching.size() + " baselines") + " for JDK '"
                + thisJdk() + "' among " + all.stream().map(p -> p.getFileName().toString()).toList()
                + (matching.isEmpty() ? ": make one with scripts/baseline" : ": name one with --baseline DIR"));
    }
}
