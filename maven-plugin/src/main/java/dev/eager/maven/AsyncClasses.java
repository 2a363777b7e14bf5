package dev.eager.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class files of a classes folder that use the bypass strategy ({@code @Async}, {@code
 * Await.await}): the same cheap test the transform makes before parsing a class, so a module without
 * them costs a folder walk and no JVM.
 */
final class AsyncClasses {
    private static final byte[] BYPASS = "dev/eager/strategy/bypass/".getBytes(StandardCharsets.US_ASCII);

    private AsyncClasses() {
    }

    /** The class files under {@code classes} that mention the bypass package, sorted; none when the folder is missing. */
    static List<Path> in(Path classes) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(classes)) {
            return found;
        }
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class")).sorted()::iterator) {
                if (contains(Files.readAllBytes(file), BYPASS)) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    /** {@code com.acme.Client} for {@code <classes>/com/acme/Client.class}. */
    static String className(Path classes, Path file) {
        String relative = classes.relativize(file).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
