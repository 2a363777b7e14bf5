package dev.eager.strategy.codegen;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The codegen strategy's build step: writes the sync twin {@code SyncX} of every {@link
 * GenerateSync} class {@code X} found under the source folders, as Java source, the way psycopg's
 * {@code tools/async_to_sync.py} writes its sync modules from the async ones. Run in Maven's
 * {@code generate-sources} phase (before the compiler, which then compiles both colours):
 *
 * <pre>{@code java -cp <classpath> dev.eager.strategy.codegen.SyncGenerator OUTPUT_DIR SOURCE_DIR...}</pre>
 *
 * <p>The sources are only parsed, with the JDK's own compiler tree API ({@code com.sun.source}), not
 * compiled: no class path is needed. What is rewritten is described in {@link SyncRewrite}. A
 * construct it cannot rewrite stops the build with one line naming the file and line, exit code 2,
 * and no file written.
 */
public final class SyncGenerator {
    static final int OK = 0;
    static final int BAD_INPUT = 2;
    private static final String MARK = "@" + GenerateSync.class.getSimpleName();

    private SyncGenerator() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(usage());
            return;
        }
        if (args.length < 2) {
            System.err.println(usage());
            System.exit(BAD_INPUT);
        }
        Path output = Path.of(args[0]);
        List<Path> sources = Stream.of(args).skip(1).map(Path::of).toList();
        for (Path folder : sources) {
            if (!Files.isDirectory(folder)) {
                System.err.println("codegen: " + folder + ": no such source folder");
                System.exit(BAD_INPUT);
            }
        }
        try {
            Map<Path, String> written = generate(sources);
            for (Map.Entry<Path, String> file : written.entrySet()) {
                Path target = output.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            System.out.println("codegen: wrote " + written.size() + " sync classes in " + output);
        } catch (GenerationException e) {
            System.err.println("codegen: " + e.getMessage());
            System.exit(BAD_INPUT);
        } catch (IOException e) {
            System.err.println("codegen: " + e);
            System.exit(BAD_INPUT);
        }
    }

    private static String usage() {
        return """
                usage: java -cp <classpath> dev.eager.strategy.codegen.SyncGenerator OUTPUT_DIR SOURCE_DIR...
                Writes the sync twin SyncX.java of every @GenerateSync class X found in the .java files under
                the SOURCE_DIRs into OUTPUT_DIR (by package), rewriting the async source's syntax tree.
                Exit codes: 0 done, 2 bad input (the message names the file and line).""";
    }

    /**
     * The sync twins of the {@link GenerateSync} classes under {@code sources}: each file's path
     * relative to an output folder, and its text.
     */
    public static Map<Path, String> generate(List<Path> sources) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : sources) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    if (Files.readString(file).contains(MARK)) {
                        files.add(file);
                    }
                }
            }
        }
        if (files.isEmpty()) {
            return Map.of();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, fileManager, diagnostics, List.of("-proc:none"), null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            List<CompilationUnitTree> units = new ArrayList<>();
            task.parse().forEach(units::add);
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    throw new GenerationException(d.getSource().getName() + ":" + d.getLineNumber() + ": "
                            + d.getMessage(null));
                }
            }
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            Map<String, Set<String>> asyncClassesByPackage = new HashMap<>();
            Map<CompilationUnitTree, String> asyncClassOf = new LinkedHashMap<>();
            for (CompilationUnitTree unit : units) {
                for (Tree type : unit.getTypeDecls()) {
                    if (type instanceof ClassTree c && c.getModifiers().getAnnotations().stream()
                            .anyMatch(a -> a.getAnnotationType().toString().endsWith(GenerateSync.class.getSimpleName()))) {
                        asyncClassesByPackage.computeIfAbsent(packageOf(unit), p -> new HashSet<>())
                                .add(c.getSimpleName().toString());
                        asyncClassOf.put(unit, c.getSimpleName().toString());
                    }
                }
            }
            Map<Path, String> out = new LinkedHashMap<>();
            for (Map.Entry<CompilationUnitTree, String> entry : asyncClassOf.entrySet()) {
                CompilationUnitTree unit = entry.getKey();
                Path file = Path.of(unit.getSourceFile().toUri());
                String origin = originOf(file);
                String text = unit.getSourceFile().getCharContent(true).toString();
                String sync = new SyncRewrite(new SourceText(origin, unit, positions, text),
                        asyncClassesByPackage.get(packageOf(unit))).rewrite();
                String header = "// Generated by dev.eager.strategy.codegen.SyncGenerator from " + origin
                        + ": edit the async source.\n";
                Path relative = Path.of(packageOf(unit).replace('.', '/'), SyncRewrite.PREFIX + entry.getValue() + ".java");
                out.put(relative, header + sync);
            }
            return out;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String packageOf(CompilationUnitTree unit) {
        return unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    }

    /** The file's path as the build knows it: relative to the working folder where possible. */
    private static String originOf(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
