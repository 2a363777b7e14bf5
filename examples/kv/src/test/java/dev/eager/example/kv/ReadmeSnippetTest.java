package dev.eager.example.kv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Use it in your library" shows the blocks this example's pom really uses. */
class ReadmeSnippetTest {
    private static final Path POM = Path.of("pom.xml");
    private static final Path README = Path.of("../../README.md");

    @Test
    void theReadmesPluginBlockIsTheOneThisExampleBuildsWith() throws IOException {
        assertReadmeShows(block("<plugin>", "</plugin>", "<artifactId>eager-maven-plugin</artifactId>"));
    }

    @Test
    void theReadmesDependencyIsTheOneThisExampleCompilesAgainst() throws IOException {
        assertReadmeShows(block("<dependency>", "</dependency>", "<artifactId>eager-strategies</artifactId>"));
    }

    private static void assertReadmeShows(List<String> block) throws IOException {
        List<String> readme = trimmed(Files.readAllLines(README));
        assertTrue(Collections.indexOfSubList(readme, block) >= 0,
                "README.md does not show this block of examples/kv/pom.xml:\n" + String.join("\n", block));
    }

    /** The lines of the pom's element that opens with {@code open} and holds {@code marker}, trimmed. */
    private static List<String> block(String open, String close, String marker) throws IOException {
        List<String> pom = trimmed(Files.readAllLines(POM));
        int at = pom.indexOf(marker);
        int start = pom.subList(0, at).lastIndexOf(open);
        int end = at + pom.subList(at, pom.size()).indexOf(close);
        assertTrue(at > 0 && start >= 0 && end > at, "no " + marker + " in " + POM);
        return pom.subList(start, end + 1);
    }

    private static List<String> trimmed(List<String> lines) {
        return lines.stream().map(String::strip).toList();
    }
}
