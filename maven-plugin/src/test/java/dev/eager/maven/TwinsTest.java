package dev.eager.maven;

import static dev.eager.maven.ClassFiles.copy;
import static dev.eager.maven.ClassFiles.file;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.maven.samples.AwaitInCallback;
import dev.eager.maven.samples.Directory;
import dev.eager.maven.samples.Greeter;
import dev.eager.maven.samples.Plain;
import dev.eager.maven.samples.Staff;
import dev.eager.strategy.bypass.Agent;
import dev.eager.strategy.bypass.BuildStep;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The twins goal's work on sample classes compiled with this test (never rewritten by the build):
 * the same bytes as BuildStep and the agent, nothing done where nothing is asynchronous, and the
 * one-line errors a user meets.
 */
class TwinsTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path temp;

    @Test
    void theGoalBuildStepAndTheAgentGiveTheSameBytes() throws Exception {
        List<Class<?>> library = List.of(Greeter.class, Directory.class, Staff.class);
        Path byGoal = copy(temp.resolve("goal"), library.toArray(Class<?>[]::new));
        Path byBuildStep = copy(temp.resolve("build-step"), library.toArray(Class<?>[]::new));
        Path asCompiled = copy(temp.resolve("javac"), library.toArray(Class<?>[]::new));

        assertEquals(3, Twins.rewrite(byGoal, classPath(byGoal), JAVA, line -> { }));
        assertEquals(3, BuildStep.rewrite(byBuildStep));

        for (Class<?> type : library) {
            byte[] original = Files.readAllBytes(file(asCompiled, type));
            byte[] goal = Files.readAllBytes(file(byGoal, type));
            byte[] byAgent = Agent.transformer().transform(TwinsTest.class.getClassLoader(),
                    type.getName().replace('.', '/'), null, null, original);
            assertNotNull(byAgent, type + ": the agent left it as javac wrote it");
            assertFalse(Arrays.equals(original, goal), type + ": the goal left it as javac wrote it");
            assertArrayEquals(Files.readAllBytes(file(byBuildStep, type)), goal, type.getName());
            assertArrayEquals(byAgent, goal, type.getName());
        }
    }

    @Test
    void aModuleWithoutAsyncMethodsIsLeftAloneWithoutStartingAJvm() throws Exception {
        Path classes = copy(temp.resolve("classes"), Plain.class);
        byte[] before = Files.readAllBytes(file(classes, Plain.class));
        List<String> log = new ArrayList<>();

        int users = Twins.rewrite(classes, classPath(classes), temp.resolve("no-jdk/bin/java"), log::add);

        assertEquals(0, users);
        assertArrayEquals(before, Files.readAllBytes(file(classes, Plain.class)));
        assertEquals(List.of("no class in " + classes + " uses @Async or Await.await: nothing to rewrite"), log);
    }

    @Test
    void aModuleCompiledWithoutTheAnnotationsOnItsClassPathIsLeftAloneAndTheLogSaysWhatToAdd() throws Exception {
        Path classes = copy(temp.resolve("classes"), Plain.class);
        List<String> log = new ArrayList<>();

        assertEquals(0, Twins.rewrite(classes, List.of(classes), temp.resolve("no-jdk/bin/java"), log::add));

        assertEquals(List.of("no class in " + classes + " uses @Async or Await.await, and dev.eager:eager-strategies"
                + " is not on this module's class path (add it to write @Async code here): nothing to rewrite"), log);
    }

    @Test
    void aModuleWithoutAClassesFolderIsLeftAlone() throws Exception {
        assertEquals(0, Twins.rewrite(temp.resolve("missing"), List.of(), temp.resolve("no-jdk/bin/java"), l -> { }));
    }

    @Test
    void classesThatUseTheAnnotationsWithoutThemOnTheClassPathStopTheBuildSayingWhichDependencyToAdd() throws Exception {
        Path classes = copy(temp.resolve("classes"), Greeter.class, Plain.class);

        TwinsFailure failure = assertThrows(TwinsFailure.class,
                () -> Twins.rewrite(classes, List.of(classes), JAVA, line -> { }));

        assertOneLine(failure);
        assertEquals("dev.eager.maven.samples.Greeter uses @Async or Await.await but dev.eager:eager-strategies is"
                + " not on this module's class path (it was compiled against another one): add the dependency"
                + " dev.eager:eager-strategies (scope compile, the rewritten classes call it at run time) and rebuild"
                + " with mvn clean verify", failure.getMessage());
    }

    @Test
    void anAwaitTheTransformCannotLinkStopsWithTheTransformsLineNamingClassAndMethod() throws Exception {
        Path classes = copy(temp.resolve("classes"), AwaitInCallback.class);
        byte[] before = Files.readAllBytes(file(classes, AwaitInCallback.class));

        TwinsFailure failure = assertThrows(TwinsFailure.class,
                () -> Twins.rewrite(classes, classPath(classes), JAVA, line -> { }));

        assertOneLine(failure);
        assertTrue(failure.getMessage().matches("dev\\.eager\\.maven\\.samples\\.AwaitInCallback\\.lambda\\$twice\\$\\d+:"
                + " await inside a lambda \\(in twice\\): only the @Async method's own body may await"),
                failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file(classes, AwaitInCallback.class)));
    }

    @Test
    void classesRewrittenAlreadyAreLeftAsTheyAreAndTheLogSaysSo() throws Exception {
        Path classes = copy(temp.resolve("classes"), Greeter.class);
        Twins.rewrite(classes, classPath(classes), JAVA, line -> { });
        byte[] once = Files.readAllBytes(file(classes, Greeter.class));
        List<String> log = new ArrayList<>();

        Twins.rewrite(classes, classPath(classes), JAVA, log::add);

        assertArrayEquals(once, Files.readAllBytes(file(classes, Greeter.class)));
        assertEquals(List.of("rewrote 0 classes in " + classes,
                "1 classes had their twins already (rewritten by an earlier run) and were left as they are;"
                        + " mvn clean rewrites them from source"), log);
    }

    @Test
    void aJdkOlderThan25StopsTheBuildNamingItAndHowToSelectOne() throws Exception {
        Path classes = copy(temp.resolve("classes"), Greeter.class);
        byte[] before = Files.readAllBytes(file(classes, Greeter.class));
        Path home = Files.createDirectories(temp.resolve("jdk-17"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Debian\"\nJAVA_VERSION=\"17.0.15\"\n");

        TwinsFailure failure = assertThrows(TwinsFailure.class,
                () -> Twins.rewrite(classes, classPath(classes), home.resolve("bin/java"), line -> { }));

        assertOneLine(failure);
        assertEquals("the bypass transform needs JDK 25 or newer and this build's JDK is 17.0.15 (" + home + "):"
                + " select a JDK 25 toolchain (maven-toolchains-plugin, goal select-jdk-toolchain,"
                + " <version>[25,)</version>) or run Maven on JDK 25", failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file(classes, Greeter.class)));
    }

    @Test
    void theTransformIsFoundOnTheClassPathInAJarAsInAFolder() throws Exception {
        Path jar = temp.resolve("eager-strategies.jar");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("dev/eager/strategy/bypass/BuildStep.class"));
            out.closeEntry();
        }
        assertTrue(Twins.hasBuildStep(List.of(temp.resolve("nothing"), jar)));
        assertFalse(Twins.hasBuildStep(List.of(temp)));
    }

    private static void assertOneLine(TwinsFailure failure) {
        assertFalse(failure.getMessage().contains("\n"), failure.getMessage());
    }

    /** The classes folder, then where this test loaded the transform from: a module's compile class path. */
    private static List<Path> classPath(Path classes) throws URISyntaxException {
        Path strategies = Path.of(BuildStep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return List.of(classes, strategies);
    }
}
