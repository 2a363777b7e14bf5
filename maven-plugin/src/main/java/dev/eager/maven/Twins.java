package dev.eager.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipFile;

/**
 * What the {@code twins} goal does, free of Maven's types: finds the classes that use {@code @Async},
 * checks that the module can run the transform, and runs it over the classes folder with the
 * module's own class path.
 */
final class Twins {
    private static final String BUILD_STEP_FILE = BuildStepProcess.BUILD_STEP.replace('.', '/') + ".class";
    static final String STRATEGIES = "dev.eager:eager-strategies";

    private Twins() {
    }

    /**
     * Gives every {@code @Async} method under {@code classes} its direct twin, in place.
     *
     * @param classes the module's compiled classes (e.g. {@code target/classes})
     * @param classPath the module's compile class path (the classes folder may be on it too)
     * @param java the {@code java} of the JDK that runs the transform ({@code <home>/bin/java})
     * @param info where the lines for the build log go
     * @return how many class files use the bypass strategy (0: nothing was run)
     * @throws TwinsFailure one line saying what is wrong and what to do
     */
    static int rewrite(Path classes, List<Path> classPath, Path java, Consumer<String> info)
            throws TwinsFailure, IOException, InterruptedException {
        List<Path> users = AsyncClasses.in(classes);
        boolean strategies = hasBuildStep(classPath);
        if (users.isEmpty()) {
            info.accept("no class in " + classes + " uses @Async or Await.await" + (strategies ? "" : ", and "
                    + STRATEGIES + " is not on this module's class path (add it to write @Async code here)")
                    + ": nothing to rewrite");
            return 0;
        }
        if (!strategies) {
            throw new TwinsFailure(AsyncClasses.className(classes, users.get(0)) + " uses @Async or Await.await but "
                    + STRATEGIES + " is not on this module's class path (it was compiled against another one): add"
                    + " the dependency " + STRATEGIES + " (scope compile, the rewritten classes call it at run time)"
                    + " and rebuild with mvn clean verify");
        }
        TransformJdk.check(java);
        BuildStepProcess.run(java, classPath, classes, info);
        return users.size();
    }

    /** Whether the transform's entry point is on {@code classPath}, in a folder or a jar. */
    static boolean hasBuildStep(List<Path> classPath) throws IOException {
        for (Path element : classPath) {
            if (Files.isDirectory(element) && Files.isRegularFile(element.resolve(BUILD_STEP_FILE))) {
                return true;
            }
            if (Files.isRegularFile(element)) {
                try (ZipFile jar = new ZipFile(element.toFile())) {
                    if (jar.getEntry(BUILD_STEP_FILE) != null) {
                        return true;
                    }
                } catch (IOException notAJar) {
                    // A class path may hold other files; they hold no BuildStep either.
                }
            }
        }
        return false;
    }
}
