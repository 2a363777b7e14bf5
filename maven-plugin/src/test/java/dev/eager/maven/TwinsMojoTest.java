package dev.eager.maven;

import static dev.eager.maven.ClassFiles.file;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.maven.samples.AwaitInCallback;
import dev.eager.maven.samples.Greeter;
import dev.eager.strategy.bypass.BuildStep;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal as Maven runs it, on a project whose compile class path is set by hand: what it hands
 * Maven when the transform refuses a class, the JDK it falls back to without a toolchain, and skip.
 */
class TwinsMojoTest {
    @TempDir
    Path temp;

    @Test
    void aClassTheTransformCannotLinkFailsTheBuildWithOneLineNamingThePlugin() throws Exception {
        Path classes = ClassFiles.copy(temp.resolve("classes"), AwaitInCallback.class);

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> goal(classes, false).execute());

        assertTrue(failure.getMessage().startsWith(
                "eager-maven-plugin: dev.eager.maven.samples.AwaitInCallback.lambda$twice$"), failure.getMessage());
        assertFalse(failure.getMessage().contains("\n"), failure.getMessage());
    }

    @Test
    void withoutAToolchainTheGoalRunsTheTransformInMavensOwnJdk() throws Exception {
        Path classes = ClassFiles.copy(temp.resolve("classes"), Greeter.class);
        byte[] before = Files.readAllBytes(file(classes, Greeter.class));

        goal(classes, false).execute();

        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(file(classes, Greeter.class))));
    }

    @Test
    void skipLeavesTheClassesAsJavacWroteThem() throws Exception {
        Path classes = ClassFiles.copy(temp.resolve("classes"), Greeter.class);
        byte[] before = Files.readAllBytes(file(classes, Greeter.class));

        goal(classes, true).execute();

        assertArrayEquals(before, Files.readAllBytes(file(classes, Greeter.class)));
    }

    /** The goal as Maven configures it: no toolchain in the build context, this test's JDK as Maven's. */
    private static TwinsMojo goal(Path classes, boolean skip) throws Exception {
        Path strategies = Path.of(BuildStep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        MavenProject project = new MavenProject() {
            @Override
            public List<String> getCompileClasspathElements() {
                return List.of(classes.toString(), strategies.toString());
            }
        };
        TwinsMojo goal = new TwinsMojo();
        set(goal, "project", project);
        set(goal, "classesDirectory", classes.toString());
        set(goal, "skip", skip);
        return goal;
    }

    private static void set(TwinsMojo goal, String field, Object value) throws ReflectiveOperationException {
        Field f = TwinsMojo.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(goal, value);
    }
}
