package dev.eager.strategy.bypass;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.core.Eager;
import dev.eager.strategy.bypass.samples.AgentMain;
import dev.eager.strategy.bypass.samples.AwaitInLambda;
import dev.eager.strategy.bypass.samples.Layers;
import dev.eager.strategy.bypass.samples.NotAFuture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.NewObjectInstruction;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transform on sample classes compiled with this test (never rewritten by the build): which
 * twins it adds, what is left in them, what the rewritten class computes, its errors, and the two
 * deliveries agreeing byte for byte.
 */
class TwinTransformTest {
    private static final ClassLoader LOADER = TwinTransformTest.class.getClassLoader();
    private static final TwinTransform TRANSFORM = new TwinTransform(LOADER, TwinTransformTest::resource);

    @Test
    void everyAsyncMethodGetsADirectTwinOfTheValuesPrimitiveType() {
        Map<String, String> twins = methods(rewritten(Layers.class)).stream()
                .filter(m -> m.methodName().stringValue().endsWith("$twin"))
                .collect(Collectors.toMap(m -> m.methodName().stringValue(), m -> m.methodType().stringValue()));
        assertEquals(Map.of(
                "leaf$twin", "(I)I",
                "layer$twin", "(I)I",
                "scaled$twin", "(J)J",
                "wide$twin", "(J)J",
                "positive$twin", "(I)Z",
                "text$twin", "(I)Ljava/lang/Object;",
                "passedOn$twin", "(I)I",
                "plusOne$twin", "(Ljava/util/concurrent/CompletionStage;)I",
                "handedOver$twin", "(Ljava/util/concurrent/CompletableFuture;)I",
                "discarded$twin", "(I)I"), twins);
    }

    @Test
    void noTwinCallsAwaitOrMakesAFuture() {
        for (MethodModel twin : twins(rewritten(Layers.class))) {
            for (CodeElement e : twin.code().orElseThrow()) {
                if (e instanceof InvokeInstruction call) {
                    String owner = call.owner().asInternalName();
                    assertFalse(owner.equals("dev/eager/strategy/bypass/Await"), twin.methodName() + " calls " + call);
                    assertFalse(owner.equals("java/util/concurrent/CompletableFuture")
                            && call.opcode() == Opcode.INVOKESTATIC, twin.methodName() + " makes a future: " + call);
                }
                if (e instanceof NewObjectInstruction created) {
                    assertFalse(created.className().asInternalName().contains("CompletableFuture"),
                            twin.methodName() + " makes a future");
                }
            }
        }
    }

    @Test
    void twinChainsOfPrimitiveValuesBoxNothing() {
        for (MethodModel twin : twins(rewritten(Layers.class))) {
            String name = twin.methodName().stringValue();
            if (twin.methodType().stringValue().endsWith(")Ljava/lang/Object;")) {
                continue; // text$twin returns a String: nothing to unbox
            }
            for (CodeElement e : twin.code().orElseThrow()) {
                if (e instanceof InvokeInstruction call) {
                    assertFalse(call.name().equalsString("valueOf") && call.owner().asInternalName().startsWith("java/lang/"),
                            name + " boxes: " + call);
                }
            }
        }
    }

    @Test
    void awaitingAnotherAsyncMethodCallsItsTwinAndDropsTheUnboxing() {
        MethodModel layer = method(rewritten(Layers.class), "layer$twin");
        List<String> calls = layer.code().orElseThrow().elementStream()
                .filter(InvokeInstruction.class::isInstance)
                .map(e -> ((InvokeInstruction) e).name().stringValue())
                .toList();
        assertEquals(List.of("leaf$twin"), calls);
    }

    @Test
    void anAwaitForItsEffectBoxesNothingAndCallsAVisibleCalleesTwinBehindALinkTimeTest() {
        // crossing.Leaves is on the transform's class path: its twin's type is known, so the call is
        // direct, with the method and a wait as the branch taken when the twin is not there.
        assertEquals(List.of("leaf$twin(I)I", "plusTwo$twin(I)I", "plusTwo(I)Ljava/util/concurrent/CompletableFuture;",
                "await(Ljava/util/concurrent/CompletionStage;)Ljava/lang/Object;"), calls(rewritten(Layers.class), "discarded$twin"));
    }

    @Test
    void aCalleeTheTransformCannotSeeIsLinkedWhenTheCallFirstRunsAskingForNoValue() {
        TwinTransform blind = new TwinTransform(new ClassLoader(null) {
        }, name -> null);
        assertEquals(List.of("leaf$twin(I)I", "plusTwo(I)V"), calls(blind.transform(bytes(Layers.class)), "discarded$twin"),
                "the other class's call is an invokedynamic returning void");
    }

    /** The calls (and invokedynamic sites) of a method, as name and descriptor; fails on a box. */
    private static List<String> calls(byte[] bytes, String method) {
        List<String> calls = method(bytes, method).code().orElseThrow().elementStream()
                .map(e -> e instanceof InvokeInstruction call ? call.name() + call.typeSymbol().descriptorString()
                        : e instanceof java.lang.classfile.instruction.InvokeDynamicInstruction indy
                        ? indy.name() + indy.typeSymbol().descriptorString() : null)
                .filter(java.util.Objects::nonNull)
                .toList();
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("valueOf")), method + " boxes: " + calls);
        return calls;
    }

    @Test
    void theRewrittenClassComputesTheSameAnswersEagerAndAsync() throws Exception {
        Class<?> layers = load(Layers.class);
        Object instance = layers.getConstructor(int.class).newInstance(10);
        assertEquals(6, eager(layers, null, "layer", 1));
        assertEquals(6, async(layers, null, "layer", 1));
        assertEquals(110L, eager(layers, instance, "scaled", 1L));
        assertEquals(110L, async(layers, instance, "scaled", 1L));
        assertEquals(true, eager(layers, instance, "positive", 1));
        assertEquals(false, async(layers, instance, "positive", -9));
        assertEquals("v6", eager(layers, instance, "text", 1));
        assertEquals(1006, eager(layers, instance, "passedOn", 1001));
        assertEquals(8, eager(layers, null, "plusOne", CompletableFuture.completedFuture(7)));
        assertEquals(7, eager(layers, null, "handedOver", CompletableFuture.completedFuture(7)));
        assertEquals(5, eager(layers, null, "discarded", 5));
        assertEquals(5, async(layers, null, "discarded", 5));
    }

    @Test
    @SuppressWarnings("unchecked") // reflective calls of methods that return stages
    void eagerCallReturnsOneCompletedFutureAndAsyncWaitsForTheStage() throws Exception {
        Class<?> layers = load(Layers.class);
        Method plusOne = layers.getMethod("plusOne", CompletionStage.class);
        CompletableFuture<Integer> io = new CompletableFuture<>();
        CompletableFuture<?> result = (CompletableFuture<?>) plusOne.invoke(null, io);
        assertFalse(result.isDone(), "async call completed before its stage");
        io.complete(41);
        assertEquals(42, result.get(60, TimeUnit.SECONDS));
        java.util.concurrent.atomic.AtomicReference<CompletionStage<Object>> returned = new java.util.concurrent.atomic.AtomicReference<>();
        Object value = Eager.<Object, Exception>run(() -> {
            returned.set((CompletionStage<Object>) plusOne.invoke(null, CompletableFuture.completedFuture(1)));
            return returned.get();
        });
        assertEquals(2, value);
        assertTrue(returned.get().toCompletableFuture().isDone(), "eager call returned a pending future");
    }

    @Test
    @SuppressWarnings("unchecked") // reflective calls of methods that return stages
    void theStagesOwnExceptionReachesTheEagerCallerAsItself() throws Exception {
        Class<?> layers = load(Layers.class);
        Method plusOne = layers.getMethod("plusOne", CompletionStage.class);
        IOException failure = new IOException("reset");
        IOException thrown = assertThrows(IOException.class, () -> Eager.<Object, Exception>run(() -> {
            try {
                return (CompletionStage<Object>) plusOne.invoke(null, CompletableFuture.failedFuture(failure));
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw (Exception) e.getCause();
            }
        }));
        assertSame(failure, thrown);
    }

    @Test
    void codeThatWasNeverTransformedAnswersRightAndSaysOnceHowToTransformIt() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), AgentMain.class.getName())
                .start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals("6 6", stdout, "eager and async answers of the untransformed class");
        assertEquals(1, stderr.lines().count(), stderr);
        assertTrue(stderr.startsWith("bypass: " + Layers.class.getName() + " awaits without the transform"), stderr);
        assertTrue(stderr.contains(BuildStep.class.getName()) && stderr.contains("-javaagent"), stderr);
    }

    @Test
    void anAsyncMethodThatReturnsNoFutureIsRejectedByName() {
        TransformException e = assertThrows(TransformException.class, () -> TRANSFORM.transform(bytes(NotAFuture.class)));
        assertEquals(NotAFuture.class.getName() + ".value: @Async method must return CompletableFuture or "
                + "CompletionStage, not int", e.getMessage());
    }

    @Test
    void awaitInsideALambdaIsRejectedNamingTheEnclosingMethod() {
        TransformException e = assertThrows(TransformException.class, () -> TRANSFORM.transform(bytes(AwaitInLambda.class)));
        assertTrue(e.getMessage().startsWith(AwaitInLambda.class.getName() + ".lambda$total$"), e.getMessage());
        assertTrue(e.getMessage().contains("await inside a lambda (in total)"), e.getMessage());
    }

    @Test
    void aClassWhoseHierarchyOnlyItsOwnLoaderSeesIsRewrittenThroughThatLoaderAndRejectedByNameWithout(
            @TempDir Path classes) throws Exception {
        // Compiled here, into a folder no class path lists: only a loader over that folder sees
        // Left and Right, whose common supertype the stack map at the ternary's join needs.
        Path source = classes.resolve("hidden/Pick.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package hidden;
                import static java.util.concurrent.CompletableFuture.completedFuture;
                import java.util.concurrent.CompletableFuture;
                public final class Pick {
                    public static class Left {}
                    public static class Right {}
                    @dev.eager.strategy.bypass.Async
                    public CompletableFuture<Object> pick(boolean left) {
                        Object chosen = left ? new Left() : new Right();
                        return completedFuture(chosen);
                    }
                }
                """);
        int compiled = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-cp", System.getProperty("java.class.path"), "-d", classes.toString(), source.toString());
        assertEquals(0, compiled);
        byte[] pick = Files.readAllBytes(classes.resolve("hidden/Pick.class"));
        TwinTransform blind = new TwinTransform(new ClassLoader(null) {
        }, name -> null);
        TransformException e = assertThrows(TransformException.class, () -> blind.transform(pick));
        assertTrue(e.getMessage().startsWith("hidden.Pick.pick: cannot rewrite: "), e.getMessage());
        try (java.net.URLClassLoader own = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, LOADER)) {
            assertNotNull(new TwinTransform(own, name -> null).transform(pick), "the class's own loader resolves it");
        }
    }

    @Test
    void aClassRewrittenAlreadyIsLeftAlone() {
        assertNull(TRANSFORM.transform(rewritten(Layers.class)));
        assertNull(TRANSFORM.transform(bytes(TwinTransformTest.class)), "no @Async method, nothing to do");
    }

    @Test
    void buildStepAndAgentGiveTheSameBytes(@TempDir Path classes) throws Exception {
        Path file = classes.resolve(Layers.class.getName().replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes(Layers.class));
        assertEquals(1, BuildStep.rewrite(classes));
        byte[] fromBuildStep = Files.readAllBytes(file);
        byte[] fromAgent = Agent.transformer().transform(LOADER, internalName(Layers.class), null, null, bytes(Layers.class));
        assertNotNull(fromAgent);
        assertArrayEquals(fromBuildStep, fromAgent);
        assertEquals(0, BuildStep.rewrite(classes), "a second run rewrote a rewritten class");
        assertArrayEquals(fromBuildStep, Files.readAllBytes(file));
    }

    @Test
    void theJavaagentRewritesClassesAsTheyLoad(@TempDir Path folder) throws Exception {
        String output = UnderTheAgent.run(folder, AgentMain.class);
        assertEquals("6 6", output, "eager and async answers of the agent-rewritten class");
    }

    @Test
    void aClassFileTheBuildStepCannotParseIsRejectedNamingTheFile(@TempDir Path classes) throws Exception {
        Path file = classes.resolve("broken/Truncated.class");
        Files.createDirectories(file.getParent());
        byte[] layers = bytes(Layers.class);
        Files.write(file, java.util.Arrays.copyOf(layers, layers.length / 2));
        TransformException e = assertThrows(TransformException.class, () -> BuildStep.rewrite(classes));
        assertTrue(e.getMessage().startsWith(file + ": cannot rewrite: "), e.getMessage());
    }

    @Test
    void theAgentPrintsTheBuildStepsLineForAClassItCannotRewriteAndLoadsItUnchanged() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        byte[] result;
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            result = Agent.transformer().transform(LOADER, internalName(NotAFuture.class), null, null, bytes(NotAFuture.class));
        } finally {
            System.setErr(err);
        }
        assertNull(result);
        assertEquals("bypass: " + NotAFuture.class.getName()
                + ".value: @Async method must return CompletableFuture or CompletionStage, not int",
                log.toString(StandardCharsets.UTF_8).strip(), "the build step's line");
    }

    @Test
    void theBuildStepExitsWithTwoAndOneLineNamingClassAndMethodAndChangesNoFile(@TempDir Path classes) throws Exception {
        Path file = classes.resolve(internalName(NotAFuture.class) + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes(NotAFuture.class));
        // A class it could rewrite, sorted before the bad one: left as it was too.
        Path good = classes.resolve(internalName(Layers.class) + ".class");
        Files.write(good, bytes(Layers.class));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BuildStep.class.getName(), classes.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        assertEquals("bypass: " + NotAFuture.class.getName() + ".value: @Async method must return CompletableFuture or "
                + "CompletionStage, not int", stderr);
        assertArrayEquals(bytes(NotAFuture.class), Files.readAllBytes(file), "the class was changed");
        assertArrayEquals(bytes(Layers.class), Files.readAllBytes(good), "a class was rewritten before the build step failed");
        try (var left = Files.list(file.getParent())) {
            assertEquals(2, left.count(), "temporary files left behind");
        }
    }

    // Helpers.

    @SuppressWarnings("unchecked") // reflective calls of methods that return stages
    private static Object eager(Class<?> owner, Object receiver, String name, Object argument) throws Exception {
        Method method = find(owner, name);
        return Eager.<Object, Exception>run(() -> (CompletionStage<Object>) method.invoke(receiver, argument));
    }

    private static Object async(Class<?> owner, Object receiver, String name, Object argument) throws Exception {
        return ((CompletionStage<?>) find(owner, name).invoke(receiver, argument)).toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
    }

    private static Method find(Class<?> owner, String name) {
        for (Method m : owner.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                m.setAccessible(true);
                return m;
            }
        }
        throw new AssertionError("no method " + name);
    }

    /** Loads the rewritten {@code type} in a loader of its own; everything else from the test's loader. */
    private static Class<?> load(Class<?> type) throws ClassNotFoundException {
        byte[] rewritten = rewritten(type);
        return new ClassLoader(LOADER) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.equals(type.getName())) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> c = findLoadedClass(name);
                        return c != null ? c : defineClass(name, rewritten, 0, rewritten.length);
                    }
                }
                return super.loadClass(name, resolve);
            }
        }.loadClass(type.getName());
    }

    private static byte[] rewritten(Class<?> type) {
        byte[] result = TRANSFORM.transform(bytes(type));
        assertNotNull(result, type + " was not rewritten");
        return result;
    }

    private static List<MethodModel> methods(byte[] bytes) {
        return ClassFile.of().parse(bytes).methods();
    }

    private static List<MethodModel> twins(byte[] bytes) {
        List<MethodModel> twins = methods(bytes).stream()
                .filter(m -> m.methodName().stringValue().endsWith("$twin")).toList();
        assertFalse(twins.isEmpty());
        return twins;
    }

    private static MethodModel method(byte[] bytes, String name) {
        return methods(bytes).stream().filter(m -> m.methodName().equalsString(name)).findFirst().orElseThrow();
    }

    private static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    private static byte[] bytes(Class<?> type) {
        return resource(internalName(type));
    }

    private static byte[] resource(String internalName) {
        try (InputStream in = LOADER.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
