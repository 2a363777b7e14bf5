import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Expands workload templates into Java sources at build time (run by Maven in generate-sources
 * with the source-file launcher: {@code java ChainGenerator.java TEMPLATES OUT DEPTH}).
 *
 * <p>A template is a source file named {@code *.java.tmpl} (or {@code *.kt.tmpl}: any language
 * with {@code //} comments). Lines between {@code // @repeat} and
 * {@code // @end} are written once for each layer N from 1 to DEPTH, with {@code $N} replaced by
 * N and {@code $BELOW} by N - 1; every other line is copied as is. That gives each depth its own
 * distinct methods without a line of copied code in the repository. {@code // @repeat K} writes
 * its block K times whatever DEPTH is (the orm's service layers: a fixed few classes).
 *
 * <p>A template whose first line is {@code // @packages p.q.r x.y.z} serves several packages: it
 * is expanded once for each, with {@code $PACKAGE} replaced by the package's name, into that
 * package's folder (two variants of one strategy from one source). Lines right after it of the
 * form {@code // @each $NAME a b} give a word per package, in the same order: {@code $NAME} is
 * replaced by {@code a} in the first package's copy and by {@code b} in the second's (two
 * strategies whose code differs only in a type's name, from one source).
 */
public final class ChainGenerator {
    private static final String REPEAT = "// @repeat";
    private static final String END = "// @end";
    private static final String PACKAGES = "// @packages ";
    private static final String EACH = "// @each ";

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java ChainGenerator.java TEMPLATE_DIR OUTPUT_DIR DEPTH");
            System.exit(2);
        }
        Path templates = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int depth = Integer.parseInt(args[2]);
        if (!Files.isDirectory(templates)) {
            System.err.println(templates + ": no such template folder");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(templates)) {
            files = walk.filter(p -> p.toString().endsWith(".tmpl")).sorted().toList();
        }
        for (Path template : files) {
            Path relative = templates.relativize(template);
            String name = relative.toString();
            List<String> lines = Files.readAllLines(template);
            if (!lines.isEmpty() && lines.getFirst().startsWith(PACKAGES)) {
                String fileName = template.getFileName().toString().replace(".tmpl", "");
                String[] packages = lines.getFirst().substring(PACKAGES.length()).trim().split("\\s+");
                Map<String, String[]> words = new TreeMap<>(Comparator.comparing(String::length).reversed()
                        .thenComparing(Comparator.naturalOrder()));
                int first = 1;
                for (; first < lines.size() && lines.get(first).startsWith(EACH); first++) {
                    String[] each = lines.get(first).substring(EACH.length()).trim().split("\\s+");
                    if (each.length != packages.length + 1) {
                        throw new IllegalArgumentException(relative + ":" + (first + 1) + ": " + EACH.trim() + " needs a name and "
                                + packages.length + " words, one per package");
                    }
                    words.put(each[0], Arrays.copyOfRange(each, 1, each.length));
                }
                List<String> body = lines.subList(first, lines.size());
                for (int i = 0; i < packages.length; i++) {
                    String pkg = packages[i];
                    int index = i;
                    Path target = output.resolve(pkg.replace('.', '/')).resolve(fileName);
                    Files.createDirectories(target.getParent());
                    Files.write(target, expand(relative, body.stream().map(l -> {
                        String line = l.replace("$PACKAGE", pkg);
                        for (Map.Entry<String, String[]> word : words.entrySet()) {
                            line = line.replace(word.getKey(), word.getValue()[index]);
                        }
                        return line;
                    }).toList(), depth));
                }
                continue;
            }
            Path target = output.resolve(name.substring(0, name.length() - ".tmpl".length()));
            Files.createDirectories(target.getParent());
            Files.write(target, expand(relative, lines, depth));
        }
        System.out.println("ChainGenerator: " + files.size() + " templates expanded to depth " + depth
                + " in " + output);
    }

    static List<String> expand(Path name, List<String> lines, int depth) {
        List<String> out = new ArrayList<>();
        out.add("// Generated by workloads/src/build/ChainGenerator.java from " + name + ": edit the template.");
        List<String> block = null;
        int times = depth;
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            String marker = line.strip();
            if (marker.equals(REPEAT) || marker.startsWith(REPEAT + " ")) {
                if (block != null) {
                    throw new IllegalArgumentException(name + ":" + lineNumber + ": nested " + REPEAT);
                }
                block = new ArrayList<>();
                times = marker.equals(REPEAT) ? depth : count(name, lineNumber, marker.substring(REPEAT.length()).strip());
            } else if (marker.equals(END)) {
                if (block == null) {
                    throw new IllegalArgumentException(name + ":" + lineNumber + ": " + END + " without " + REPEAT);
                }
                for (int n = 1; n <= times; n++) {
                    for (String body : block) {
                        out.add(body.replace("$BELOW", Integer.toString(n - 1)).replace("$N", Integer.toString(n)));
                    }
                }
                block = null;
            } else if (block != null) {
                block.add(line);
            } else {
                out.add(line);
            }
        }
        if (block != null) {
            throw new IllegalArgumentException(name + ": " + REPEAT + " without " + END);
        }
        return out;
    }

    /** The N of a {@code // @repeat N}: a fixed number of copies, whatever the depth. */
    private static int count(Path name, int lineNumber, String text) {
        try {
            int times = Integer.parseInt(text);
            if (times >= 1) {
                return times;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(name + ":" + lineNumber + ": " + REPEAT + " " + text
                + ": expected a number of copies >= 1");
    }
}
