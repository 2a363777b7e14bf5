package dev.eager.strategy.bypass;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.core.Eager;
import dev.eager.strategy.bypass.samples.crossing.Layer;
import dev.eager.strategy.bypass.samples.crossing.LoadOrderMain;
import dev.eager.strategy.bypass.samples.crossing.Untouched;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Twins linked wherever a library awaits an {@code @Async} method: another class's static and
 * private methods, interface methods, overridable and final methods, and callbacks written as
 * lambdas and method references. Each sample's leaf records the stack it runs on: below the entry
 * there are only twins (EAGER), and one async task (ASYNC), whatever classes the chain crosses.
 * Implementations the transform never saw still answer right.
 */
class CrossingTest {
    private static final ClassLoader LOADER = CrossingTest.class.getClassLoader();
    private static final String PACKAGE = Layer.class.getPackageName();

    @Test
    void aStaticMethodOfAnotherClassIsAwaitedTwinToTwin() throws Exception {
        Samples samples = new Samples();
        Object layer = samples.create("StaticCall");
        assertEquals(6, samples.eager(layer, "get", 1));
        assertEquals(List.of("Leaves.plusTwo$twin", "StaticCall.get$twin", "StaticCall.get"), samples.trace());
        assertEquals(6, samples.async(layer, "get", 1));
        assertEquals(List.of("Leaves.plusTwo$twin", "StaticCall.get$twin", "StaticCall.get$task", "StaticCall.get"),
                samples.trace(), "the task runs on the caller's stack until it first waits");
    }

    @Test
    void privateMethodsOfTheEnclosingClassAreAwaitedTwinToTwin() throws Exception {
        Samples samples = new Samples();
        Object inner = samples.create("Nest$Inner");
        assertEquals(1 + 2 + 3 + 3 + 3, samples.eager(inner, "get", 1));
        samples.assertOnlyTwinsBelow("Inner.get");
        assertEquals(12, samples.async(inner, "get", 1));
        samples.assertOnlyTwinsBelow("Inner.get$task", "Inner.get");
    }

    @Test
    void anInterfaceMethodIsAwaitedTwinToTwinWhateverImplementsIt() throws Exception {
        Samples samples = new Samples();
        for (String below : List.of("StaticCall", "Base", "Nest$Inner")) {
            Object above = samples.above(samples.create(below));
            int expected = (below.equals("Nest$Inner") ? 12 : 6) + 3;
            assertEquals(expected, samples.eager(above, "get", 1), below);
            samples.assertOnlyTwinsBelow("Above.get");
            assertEquals(expected, samples.async(above, "get", 1), below);
            samples.assertOnlyTwinsBelow("Above.get$task", "Above.get");
        }
    }

    @Test
    void anOverridableMethodsTwinIsDispatchedAsTheMethodIs() throws Exception {
        Samples samples = new Samples();
        Object derived = samples.create("Derived");
        assertEquals(60, samples.eager(derived, "get", 1), "Derived awaits Base's get through super");
        samples.assertOnlyTwinsBelow("Derived.get");
        assertTrue(samples.trace().contains("Base.get$body"), samples.trace().toString());
        assertEquals(63, samples.eager(samples.above(derived), "get", 1), "through the interface");
        samples.assertOnlyTwinsBelow("Above.get");
        assertEquals(63, samples.eager(derived, "fixed", 1), "Base's final method awaits the override");
        samples.assertOnlyTwinsBelow("Base.fixed");
        assertTrue(samples.trace().contains("Derived.get$twin"), samples.trace().toString());
        assertEquals(9, samples.eager(samples.create("Base"), "fixed", 1));
        assertEquals(63, samples.async(derived, "fixed", 1));
        samples.assertOnlyTwinsBelow("Base.fixed$task", "Base.fixed");
    }

    @Test
    void anOverrideTheTransformNeverSawIsCalledAndAwaited() throws Exception {
        Samples samples = new Samples();
        Object plain = samples.create("PlainOverride");
        assertEquals(104, samples.eager(samples.above(plain), "get", 1));
        assertEquals(104, samples.async(samples.above(plain), "get", 1));
        assertEquals(104, samples.eager(plain, "fixed", 1), "Base's final method awaits the plain override");
        assertEquals(104, samples.async(plain, "fixed", 1));
    }

    @Test
    void anImplementationOfAnAsyncInterfaceThatWasNeverTransformedAnswersRight() throws Exception {
        Samples samples = new Samples();
        Object above = samples.above(samples.create("PlainLayer"));
        assertEquals(1 * 2 + 3, samples.eager(above, "get", 1));
        assertEquals(5, samples.async(above, "get", 1));
    }

    @Test
    void aClassLeftUntransformedAnswersRightBetweenTransformedOnes() throws Exception {
        Samples samples = new Samples(Set.of(Untouched.class.getName()));
        Object above = samples.above(samples.create("Untouched"));
        assertEquals(1 + 2 + 1000 + 3, samples.eager(above, "get", 1));
        assertEquals(1006, samples.async(above, "get", 1));
    }

    @Test
    void aCalleeWhoseTwinIsAbsentAtLinkTimeIsCalledAndAwaited() throws Exception {
        Samples samples = new Samples(Set.of(PACKAGE + ".Leaves"));
        Object layer = samples.create("StaticCall");
        assertEquals(6, samples.eager(layer, "get", 1));
        assertEquals(List.of("Leaves.plusTwo", "StaticCall.get$twin", "StaticCall.get"), samples.trace());
        assertEquals(6, samples.async(layer, "get", 1));
    }

    @Test
    void aLambdaHandedToAnAsyncFunctionalInterfaceRunsItsTwin() throws Exception {
        Samples samples = new Samples();
        Object repository = samples.create("Repository", CompletableFuture.completedFuture(5));
        assertEquals(40 + 1 + 2 + 3, samples.eager(repository, "get", 1));
        samples.assertOnlyTwinsBelow("Repository.get");
        assertTrue(samples.trace().stream().anyMatch(m -> m.startsWith("Repository.lambda$get$")), samples.trace().toString());
        assertEquals(46, samples.async(repository, "get", 1));
        samples.assertOnlyTwinsBelow("Repository.get$task", "Repository.get");
    }

    @Test
    void aMethodReferenceHandedToAnAsyncFunctionalInterfaceRunsTheMethodsTwin() throws Exception {
        Samples samples = new Samples();
        Object repository = samples.create("Repository", CompletableFuture.completedFuture(5));
        assertEquals(42, samples.eager(repository, "referenced"));
        assertEquals(List.of("Leaves.plusTwo$twin", "Pool.with$twin", "Repository.referenced$twin",
                "Repository.referenced"), samples.trace());
        assertEquals(42, samples.async(repository, "referenced"));
    }

    @Test
    void anAsyncCallThroughEveryCrossingWaitsInOneTaskForItsPendingLeaf() throws Exception {
        Samples samples = new Samples();
        CompletableFuture<Integer> io = new CompletableFuture<>();
        Object repository = samples.create("Repository", io);
        CompletableFuture<?> result = ((CompletionStage<?>) samples.method(repository, "waiting").invoke(repository))
                .toCompletableFuture();
        assertFalse(result.isDone(), "the async call completed before its leaf's I/O");
        samples.assertOnlyTwinsBelow("Repository.waiting$task", "Repository.waiting");
        io.complete(5);
        assertEquals(40 + 5 + 1, result.get(60, TimeUnit.SECONDS));
        assertEquals(46, samples.eager(repository, "waiting"));
    }

    @Test
    void buildStepAndAgentGiveTheSameBytesForEveryCrossingSample(@TempDir Path classes) throws Exception {
        List<String> names = sampleClasses();
        for (String name : names) {
            Path file = classes.resolve(name + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, bytes(name));
        }
        assertTrue(BuildStep.rewrite(classes) >= 10);
        for (String name : names) {
            byte[] fromAgent = Agent.transformer().transform(LOADER, name, null, null, bytes(name));
            byte[] fromBuildStep = Files.readAllBytes(classes.resolve(name + ".class"));
            if (fromAgent == null) {
                assertArrayEquals(bytes(name), fromBuildStep, name + " changed by the build step only");
            } else {
                assertArrayEquals(fromAgent, fromBuildStep, name);
            }
        }
    }

    @Test
    void twoClassFoldersTransformedSeparatelyCallEachOtherTwinToTwin(@TempDir Path work) throws Exception {
        Path sources = work.resolve("src");
        write(sources.resolve("a/Front.java"), """
                package a;
                import static dev.eager.strategy.bypass.Await.await;
                import static java.util.concurrent.CompletableFuture.completedFuture;
                import java.util.concurrent.CompletableFuture;
                public final class Front {
                    @dev.eager.strategy.bypass.Async
                    public static CompletableFuture<Integer> get(int x) {
                        return completedFuture(await(new b.Middle().get(x)) + 3);
                    }
                }
                """);
        write(sources.resolve("a/Back.java"), """
                package a;
                import static java.util.concurrent.CompletableFuture.completedFuture;
                import java.util.concurrent.CompletableFuture;
                public final class Back {
                    public static volatile String seen;
                    @dev.eager.strategy.bypass.Async
                    public static CompletableFuture<Integer> leaf(int x) {
                        seen = StackWalker.getInstance().walk(s -> s.map(f -> f.getMethodName())
                                .filter(m -> m.contains("$") || m.equals("get")).limit(5).toList()).toString();
                        return completedFuture(x + 2);
                    }
                }
                """);
        write(sources.resolve("b/Middle.java"), """
                package b;
                import static dev.eager.strategy.bypass.Await.await;
                import static java.util.concurrent.CompletableFuture.completedFuture;
                import java.util.concurrent.CompletableFuture;
                public class Middle {
                    @dev.eager.strategy.bypass.Async
                    public CompletableFuture<Integer> get(int x) {
                        return completedFuture(await(a.Back.leaf(x)) + 3);
                    }
                }
                """);
        Path compiled = work.resolve("compiled");
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        List<String> args = new java.util.ArrayList<>(List.of("-cp", System.getProperty("java.class.path"),
                "-d", compiled.toString()));
        args.addAll(files);
        assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        Path folderA = work.resolve("a-classes");
        Path folderB = work.resolve("b-classes");
        Files.createDirectories(folderA);
        Files.createDirectories(folderB);
        Files.move(compiled.resolve("a"), folderA.resolve("a"));
        Files.move(compiled.resolve("b"), folderB.resolve("b"));
        // Each run sees its own folder only: the other's classes are linked when the calls first run.
        assertEquals(2, BuildStep.rewrite(folderA));
        assertEquals(1, BuildStep.rewrite(folderB));
        try (URLClassLoader both = new URLClassLoader(new URL[] {folderA.toUri().toURL(), folderB.toUri().toURL()}, LOADER)) {
            Method get = both.loadClass("a.Front").getMethod("get", int.class);
            assertEquals(9, Eager.<Object, Exception>run(() -> (CompletionStage<Object>) get.invoke(null, 1)));
            // Back.leaf's twin, below b.Middle's (overridable: its checked twin, then its body), below a.Front's.
            assertEquals("[leaf$twin, get$body, get$twin, get$twin, get]", both.loadClass("a.Back").getField("seen").get(null));
            assertEquals(9, ((CompletionStage<?>) get.invoke(null, 1)).toCompletableFuture().get(60, TimeUnit.SECONDS));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"caller-first", "callee-first"})
    void underTheAgentTwinsLinkWhicheverClassLoadsFirst(String order, @TempDir Path folder) throws Exception {
        String output = UnderTheAgent.run(folder, LoadOrderMain.class, order);
        assertEquals("6 6 [Leaves.plusTwo$twin, StaticCall.get$twin, StaticCall.get]", output);
    }

    /** The crossing samples, each class transformed as it is loaded (as the agent would), in a loader of their own. */
    private static final class Samples extends ClassLoader {
        private final Set<String> untransformed;
        private final TwinTransform transform = new TwinTransform(LOADER, name -> null);

        Samples() {
            this(Set.of());
        }

        Samples(Set<String> untransformed) {
            super(LOADER);
            this.untransformed = untransformed;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE + ".")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                byte[] original = bytes(name.replace('.', '/'));
                byte[] rewritten = untransformed.contains(name) ? null : transform.transform(original);
                byte[] defined = rewritten != null ? rewritten : original;
                return defineClass(name, defined, 0, defined.length);
            }
        }

        Object create(String simpleName, Object... arguments) throws ReflectiveOperationException {
            Class<?> type = loadClass(PACKAGE + "." + simpleName);
            var constructor = type.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        }

        Object above(Object below) throws ReflectiveOperationException {
            return loadClass(PACKAGE + ".Above").getConstructor(loadClass(PACKAGE + ".Layer")).newInstance(below);
        }

        Method method(Object target, String name) {
            for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals(name) && !m.isSynthetic()) {
                        m.setAccessible(true);
                        return m;
                    }
                }
            }
            throw new AssertionError("no method " + name);
        }

        @SuppressWarnings("unchecked") // reflective calls of methods that return stages
        Object eager(Object target, String name, Object... arguments) throws Exception {
            Method m = method(target, name);
            return Eager.<Object, Exception>run(() -> {
                try {
                    return (CompletionStage<Object>) m.invoke(target, arguments);
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            });
        }

        Object async(Object target, String name, Object... arguments) throws Exception {
            return ((CompletionStage<?>) method(target, name).invoke(target, arguments)).toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
        }

        @SuppressWarnings("unchecked") // Trace.last() is a List<String>
        List<String> trace() throws ReflectiveOperationException {
            return (List<String>) loadClass(PACKAGE + ".Trace").getMethod("last").invoke(null);
        }

        /**
         * The leaf ran below {@code entry} (the public method, or an async task's body and the
         * public method that started it) with nothing but twins (and their bodies) in between.
         */
        void assertOnlyTwinsBelow(String... entry) throws ReflectiveOperationException {
            List<String> trace = trace();
            assertTrue(trace.size() > entry.length, trace.toString());
            assertEquals(List.of(entry), trace.subList(trace.size() - entry.length, trace.size()), trace.toString());
            for (String frame : trace.subList(0, trace.size() - entry.length)) {
                assertTrue(frame.endsWith("$twin") || frame.endsWith("$body"), "not a twin: " + frame + " in " + trace);
            }
        }
    }

    private static List<String> sampleClasses() throws IOException {
        Path folder = Path.of(LOADER.getResource(PACKAGE.replace('.', '/')).getPath());
        try (Stream<Path> walk = Files.list(folder)) {
            return walk.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class")).sorted()
                    .map(n -> PACKAGE.replace('.', '/') + "/" + n.substring(0, n.length() - ".class".length())).toList();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static byte[] bytes(String internalName) {
        try (InputStream in = LOADER.getResourceAsStream(internalName + ".class")) {
            assertNotNull(in, internalName);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
