package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.strategy.bypass.TransformException;
import dev.eager.strategy.bypass.TwinTransform;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which shapes each strategy's chain comes in. Every strategy has both, but for one case: the
 * bypass strategies' {@code CLASSES} chain declares {@code @Async} interface methods, so it is
 * built only where the bypass transform accepts those (workloads/src/build/SeparateLibrary.java),
 * and then it must be.
 */
class ShapesTest {
    private static final List<String> BYPASS = List.of("bypass-once", "bypass-prologue");
    private static final List<Shape> BOTH = List.of(Shape.METHODS, Shape.CLASSES);

    @Test
    void everyStrategyButBypassHasAChainOfEachShape() {
        for (String strategy : Workloads.strategies()) {
            if (!BYPASS.contains(strategy)) {
                assertEquals(BOTH, Workloads.shapes(strategy), strategy);
            }
        }
    }

    @Test
    void bypassHasAClassesChainExactlyWhenItsTransformAcceptsAsyncInterfaceMethods() throws IOException {
        String refusal = refusalOfAnAsyncInterfaceMethod();
        for (String strategy : BYPASS) {
            if (refusal == null) {
                assertEquals(BOTH, Workloads.shapes(strategy), "the transform accepts @Async interface methods now, so "
                        + strategy + "'s CLASSES chain must be in the build (see SeparateLibrary's line in the build log)");
            } else {
                assertEquals(List.of(Shape.METHODS), Workloads.shapes(strategy), strategy);
                assertTrue(refusal.contains("interface"), "refused for another reason than its interface: " + refusal);
            }
        }
    }

    @Test
    void aShapeAStrategyLacksIsRefusedWithTheShapesItHas() {
        for (String strategy : Workloads.strategies()) {
            for (Shape shape : Shape.values()) {
                if (!Workloads.shapes(strategy).contains(shape)) {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                            () -> Workloads.chain(strategy, 3, Leaf.READY, shape));
                    assertTrue(e.getMessage().contains("has no " + shape + " chain"), e.getMessage());
                }
            }
        }
    }

    @Test
    void theChainWithoutAShapeIsTheMethodsChain() {
        for (String strategy : Workloads.strategies()) {
            IllegalStateException failure = new IllegalStateException("leaf failed");
            IntStack stack = Workloads.chain(strategy, 5, Leaf.failing(failure));
            assertThrows(IllegalStateException.class, () -> stack.eagerAsInt(1));
            long classes = Arrays.stream(failure.getStackTrace())
                    .filter(frame -> frame.getMethodName().startsWith("layer"))
                    .map(StackTraceElement::getClassName)
                    .distinct()
                    .count();
            assertEquals(1, classes, strategy + ": " + Arrays.toString(failure.getStackTrace()));
        }
    }

    /** The transform's message when it refuses an {@code @Async} interface method, or null when it accepts one. */
    private static String refusalOfAnAsyncInterfaceMethod() throws IOException {
        byte[] bytes;
        try (InputStream in = AsyncApi.class.getResourceAsStream(AsyncApi.class.getSimpleName() + ".class")) {
            bytes = in.readAllBytes();
        }
        try {
            new TwinTransform(AsyncApi.class.getClassLoader(), internalName -> null).transform(bytes);
            return null;
        } catch (TransformException e) {
            return e.getMessage();
        }
    }
}
