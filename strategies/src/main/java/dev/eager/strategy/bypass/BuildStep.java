package dev.eager.strategy.bypass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The build-time delivery of {@link TwinTransform}: rewrites a folder of compiled classes in place,
 * e.g. {@code target/classes} in Maven's {@code process-classes} phase, so no JVM flag is needed at
 * run time.
 *
 * <pre>{@code java -cp <project classpath> dev.eager.strategy.bypass.BuildStep target/classes}</pre>
 *
 * <p>The class hierarchy for stack maps is resolved through the folder and the launcher's class
 * path; so are the class files of callees in other folders and jars (whether a call may reach an
 * {@code @Async} method; the twin it calls is linked at run time, see {@link TwinLinker}). A class
 * that cannot be rewritten stops the build: one line naming the class, the method and the reason on
 * standard error, exit code 2, and no class file in the folder is changed (every class is rewritten
 * in memory first; each file is then replaced by a finished one).
 */
public final class BuildStep {
    static final int OK = 0;
    static final int BAD_INPUT = 2;

    private BuildStep() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(usage());
            return;
        }
        if (args.length != 1) {
            System.err.println(usage());
            System.exit(BAD_INPUT);
        }
        Path classes = Path.of(args[0]);
        if (!Files.isDirectory(classes)) {
            System.err.println(classes + ": no such classes folder");
            System.exit(BAD_INPUT);
        }
        try {
            Report report = rewriteAndReport(classes);
            System.out.println("bypass: rewrote " + report.rewritten() + " classes in " + classes);
            if (report.rewrittenAlready() > 0) {
                // An incremental build (javac left unchanged classes alone) or a second build step.
                System.out.println("bypass: " + report.rewrittenAlready() + " classes had their twins already"
                        + " (rewritten by an earlier run) and were left as they are; mvn clean rewrites them from source");
            }
        } catch (TransformException e) {
            System.err.println(errorLine(null, e));
            System.exit(BAD_INPUT);
        }
    }

    private static String usage() {
        return """
                usage: java -cp <classpath> dev.eager.strategy.bypass.BuildStep CLASSES_FOLDER
                Gives every @Async method in the compiled classes under CLASSES_FOLDER a direct twin,
                rewriting the class files in place. Classes rewritten already are left as they are.
                Exit codes: 0 done, 2 bad input (the message names the class and method).""";
    }

    /**
     * The one line both deliveries print for a class they cannot rewrite: {@code bypass:
     * <class>.<method>: <reason>}; {@code className} names the class when the failure does not.
     */
    static String errorLine(String className, RuntimeException e) {
        return "bypass: " + (e instanceof TransformException || className == null ? e.getMessage()
                : className + ": cannot rewrite: " + e);
    }

    /**
     * Rewrites every class under {@code classes} that needs it; returns how many it rewrote.
     *
     * @throws TransformException naming the class and method of the first class it cannot rewrite
     */
    public static int rewrite(Path classes) {
        return rewriteAndReport(classes).rewritten();
    }

    /** What one run did: classes it rewrote, and classes it found rewritten already and left alone. */
    record Report(int rewritten, int rewrittenAlready) {
    }

    static Report rewriteAndReport(Path classes) {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {url(classes)}, BuildStep.class.getClassLoader());
             Stream<Path> walk = Files.walk(classes)) {
            TwinTransform transform = new TwinTransform(loader, internalName -> read(classes, internalName));
            List<Path> files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            // Every class is rewritten in memory first: a class that fails leaves the folder as it was.
            Map<Path, byte[]> results = new LinkedHashMap<>();
            int rewrittenAlready = 0;
            for (Path file : files) {
                byte[] original = Files.readAllBytes(file);
                if (!TwinTransform.mentionsBypass(original)) {
                    continue;
                }
                byte[] result;
                try {
                    if (hasTwins(original)) {
                        rewrittenAlready++;
                        continue;
                    }
                    result = transform.transform(original);
                } catch (TransformException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // Not one of ours (e.g. a malformed class file): still one line naming the file.
                    throw new TransformException(file + ": cannot rewrite: " + e, e);
                }
                if (result != null) {
                    results.put(file, result);
                }
            }
            for (Map.Entry<Path, byte[]> result : results.entrySet()) {
                Path file = result.getKey();
                Path partial = file.resolveSibling(file.getFileName() + ".bypass-tmp");
                Files.write(partial, result.getValue());
                Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return new Report(results.size(), rewrittenAlready);
        } catch (IOException e) {
            throw new UncheckedIOException(classes + ": " + e.getMessage(), e);
        }
    }

    /** Whether the class carries twins: the transform leaves such a class as it is. */
    private static boolean hasTwins(byte[] bytes) {
        return ClassFile.of().parse(bytes).methods().stream()
                .anyMatch(m -> m.methodName().stringValue().endsWith(TwinTransform.TWIN_SUFFIX));
    }

    private static byte[] read(Path classes, String internalName) {
        Path file = classes.resolve(internalName + ".class");
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static URL url(Path folder) {
        try {
            return folder.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(folder + ": " + e.getMessage(), e);
        }
    }
}
