package dev.eager.harness.gate;

import dev.eager.report.BadInput;
import dev.eager.report.Manifest;
import dev.eager.report.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The stored baselines under {@code results/baselines/}, one per JDK and machine kind. The gate
 * takes the one made on the JDK and the machine it runs on. Where this machine's CPU has none, it
 * takes the one made on this JDK elsewhere and says so: the gate reads from a stored baseline only
 * allocation, which is exact per JDK whatever the CPU, and which series pay once, a property of the
 * code; time it compares with the base commit measured here, never with the baseline's numbers.
 * Another JDK, or more than one candidate, is one line of bad input.
 */
final class Baselines {
    private Baselines() {
    }

    /**
     * The baseline the gate uses and, when it was made on another machine, the line saying so.
     *
     * @param folder the baseline's run folder
     * @param note   null when the baseline was made on this JDK and machine
     */
    record Choice(Path folder, String note) {
    }

    /** {@code vendor version} of this JVM, as the harness's manifest writes it. */
    static String thisJdk() {
        return (System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")).trim();
    }

    /** The CPU model and core count of this machine, as the report's manifest reads them back. */
    static String thisMachine() {
        return Manifest.cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores";
    }

    /** The baseline under {@code folder} for this JDK, this machine's first, or bad input saying what there is. */
    static Choice forThisJdk(Path folder) throws IOException {
        return choose(folder, thisJdk(), thisMachine());
    }

    /**
     * The one baseline under {@code folder} made on {@code jdk} and {@code machine}; failing that, the
     * one made on {@code jdk} on another machine; otherwise bad input.
     */
    static Choice choose(Path folder, String jdk, String machine) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new BadInput(folder, "no such folder: no baseline to gate against (make one with eager baseline)");
        }
        List<Path> all;
        try (Stream<Path> list = Files.list(folder)) {
            all = list.filter(p -> Files.isRegularFile(p.resolve(RunFolder.MANIFEST))).sorted().toList();
        }
        Map<Path, Manifest> manifests = new LinkedHashMap<>();
        all.forEach(p -> manifests.put(p, Manifest.read(p)));
        List<Path> sameJdk = all.stream().filter(p -> manifests.get(p).jdk().equals(jdk)).toList();
        List<Path> sameMachine = sameJdk.stream().filter(p -> manifests.get(p).machine().equals(machine)).toList();
        List<String> names = all.stream().map(p -> p.getFileName().toString()).toList();
        if (sameMachine.size() == 1) {
            return new Choice(sameMachine.getFirst(), null);
        }
        if (sameMachine.size() > 1) {
            throw new BadInput(folder, sameMachine.size() + " baselines for JDK '" + jdk + "' on '" + machine
                    + "' among " + names + ": name one with --baseline DIR");
        }
        if (sameJdk.size() == 1) {
            Path other = sameJdk.getFirst();
            return new Choice(other, "no baseline was made on '" + machine + "'; " + other.getFileName() + " was made on '"
                    + manifests.get(other).machine() + "' with this JDK: the gate takes from it allocation (exact per JDK)"
                    + " and which series pay once, and compares time only with the base commit measured here");
        }
        throw new BadInput(folder, (sameJdk.isEmpty() ? "no baseline" : sameJdk.size() + " baselines on other machines")
                + " for JDK '" + jdk + "' among " + names
                + (sameJdk.isEmpty() ? ": make one with eager baseline, or skip the gate with EAGER_CI_GATE=0"
                        : " and none made on '" + machine + "': name one with --baseline DIR"));
    }
}
