package dev.eager.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compiled test samples copied into a class folder of their own, as a module's build would leave them. */
final class ClassFiles {
    private ClassFiles() {
    }

    /** Copies the class files of {@code types} into {@code classes}; returns {@code classes}. */
    static Path copy(Path classes, Class<?>... types) throws IOException {
        for (Class<?> type : types) {
            Path target = file(classes, type);
            Files.createDirectories(target.getParent());
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                Files.copy(in, target);
            }
        }
        return classes;
    }

    /** Where {@code type}'s class file lies in {@code classes}. */
    static Path file(Path classes, Class<?> type) {
        return classes.resolve(type.getName().replace('.', '/') + ".class");
    }
}
