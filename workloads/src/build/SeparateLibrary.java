import dev.eager.strategy.bypass.BuildStep;
import dev.eager.strategy.bypass.TransformException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Adds a separately compiled library to the workloads' classes once the bypass transform has
 * rewritten it, or leaves it out, saying why, when the transform refuses it (run by Maven in
 * process-classes: {@code java -cp CLASSPATH SeparateLibrary.java LIBRARY_CLASSES CLASSES}).
 *
 * <p>The library is the bypass strategies' {@code CLASSES} chain: a layer per class behind an
 * interface whose method is {@code @Async}. A transform that refuses such an interface would stop
 * the workloads' own build step if the chain were compiled with the rest, so it is built apart,
 * as another jar would be, and joins the classes only transformed. Whether it joined is what the
 * bypass registrations read ({@code ClassChains}); {@code ShapesTest} holds that to whether the
 * transform accepts {@code @Async} interface methods, so the chain can neither stay out once the
 * transform is able nor come in untransformed.
 */
public final class SeparateLibrary {
    private SeparateLibrary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -cp CLASSPATH SeparateLibrary.java LIBRARY_CLASSES CLASSES");
            System.exit(2);
        }
        Path library = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        if (!Files.isDirectory(library) || !Files.isDirectory(classes)) {
            System.err.println(library + " or " + classes + ": no such classes folder");
            System.exit(2);
        }
        List<Path> joining = classFiles(library);
        try {
            BuildStep.rewrite(library);
        } catch (TransformException e) {
            // Whatever an earlier build added is taken out again: the classes never hold it untransformed.
            for (Path file : joining) {
                Files.deleteIfExists(classes.resolve(library.relativize(file).toString()));
            }
            System.out.println("SeparateLibrary: " + library + " left out, the bypass transform refused it: "
                    + e.getMessage());
            return;
        }
        for (Path file : joining) {
            Path target = classes.resolve(library.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("SeparateLibrary: " + joining.size() + " transformed classes of " + library + " added to "
                + classes);
    }

    /** The library's classes, without the package-info files it was compiled with (the classes hold their own). */
    private static List<Path> classFiles(Path library) throws IOException {
        try (Stream<Path> walk = Files.walk(library)) {
            return walk.filter(p -> p.toString().endsWith(".class"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.class"))
                    .sorted()
                    .toList();
        }
    }
}
