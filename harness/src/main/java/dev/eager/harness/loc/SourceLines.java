package dev.eager.harness.loc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Source lines as a cost to the author: non-blank lines that are not comments. A line starting with
 * {@code //} is a comment, and so is every line of a {@code /* ... *&#47;} block (Javadoc included)
 * from the line it opens on to the line it closes on; a comment after code on the same line does
 * not make the line a comment. Java and Kotlin alike.
 */
final class SourceLines {
    private SourceLines() {
    }

    /** The lines of all {@code files} that count. */
    static int count(Collection<Path> files) {
        int total = 0;
        for (Path file : files) {
            total += count(read(file));
        }
        return total;
    }

    /** The lines of {@code text} that count. */
    static int count(String text) {
        int n = 0;
        boolean inBlock = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (inBlock) {
                inBlock = !line.contains("*/");
            } else if (line.isEmpty() || line.startsWith("//")) {
                continue;
            } else if (line.startsWith("/*")) {
                inBlock = !line.substring(2).contains("*/");
            } else {
                n++;
            }
        }
        return n;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
