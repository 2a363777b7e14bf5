package dev.eager.harness.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.report.BadInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselinesTest {
    /** The committed baseline (tests run in harness/), copied: a real run folder to choose among. */
    private static final Path COMMITTED;

    static {
        try (Stream<Path> list = Files.list(Path.of("../results/baselines"))) {
            COMMITTED = list.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    Path baselines;

    private Path copy(String name, String cpuModel) throws IOException {
        Path target = Files.createDirectories(baselines.resolve(name));
        Files.copy(COMMITTED.resolve("jmh-result.json"), target.resolve("jmh-result.json"));
        String manifest = Files.readString(COMMITTED.resolve("manifest.json"));
        Files.writeString(target.resolve("manifest.json"),
                manifest.replaceFirst("\"cpuModel\" *: *\"[^\"]*\"", "\"cpuModel\" : \"" + cpuModel + "\""));
        return target;
    }

    private static String jdk(Path baseline) {
        return dev.eager.report.Manifest.read(baseline).jdk();
    }

    @Test
    void theBaselineOfThisJdkAndMachineKindIsChosenAmongOthers() throws IOException {
        Path epyc = copy("a-epyc", "AMD EPYC");
        copy("b-xeon", "Intel Xeon");
        Baselines.Choice choice = Baselines.choose(baselines, jdk(epyc), "AMD EPYC, 2 cores");
        assertEquals(epyc, choice.folder());
        assertNull(choice.note());
    }

    @Test
    void aBaselineOfThisJdkMadeOnAnotherMachineIsTakenAndSaidSo() throws IOException {
        Path xeon = copy("b-xeon", "Intel Xeon");
        Baselines.Choice choice = Baselines.choose(baselines, jdk(xeon), "AMD EPYC, 2 cores");
        assertEquals(xeon, choice.folder());
        assertTrue(choice.note().contains("no baseline was made on 'AMD EPYC, 2 cores'"), choice.note());
        assertTrue(choice.note().contains("made on 'Intel Xeon, 2 cores'"), choice.note());
        assertTrue(choice.note().contains("compares time only with the base commit"), choice.note());
    }

    @Test
    void noBaselineForThisJdkIsOneLineSayingHowToMakeOne() throws IOException {
        copy("b-xeon", "Intel Xeon");
        BadInput e = assertThrows(BadInput.class, () -> Baselines.choose(baselines, "Eclipse Adoptium 26+1", "AMD EPYC, 2 cores"));
        assertTrue(e.getMessage().contains("no baseline for JDK 'Eclipse Adoptium 26+1' among [b-xeon]"), e.getMessage());
        assertTrue(e.getMessage().contains("make one with eager baseline"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void twoBaselinesForThisJdkAndMachineAskForOneByName() throws IOException {
        Path one = copy("a-epyc", "AMD EPYC");
        copy("c-epyc", "AMD EPYC");
        BadInput e = assertThrows(BadInput.class, () -> Baselines.choose(baselines, jdk(one), "AMD EPYC, 2 cores"));
        assertTrue(e.getMessage().contains("2 baselines") && e.getMessage().contains("--baseline DIR"), e.getMessage());
    }

    @Test
    void twoBaselinesOfThisJdkOnOtherMachinesAskForOneByName() throws IOException {
        Path xeon = copy("b-xeon", "Intel Xeon");
        copy("c-arm", "Neoverse");
        BadInput e = assertThrows(BadInput.class, () -> Baselines.choose(baselines, jdk(xeon), "AMD EPYC, 2 cores"));
        assertTrue(e.getMessage().contains("2 baselines on other machines") && e.getMessage().contains("--baseline DIR"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
