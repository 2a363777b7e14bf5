package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which shapes each strategy's chain comes in, and what each shape is in a stack trace. */
class ShapesTest {
    @Test
    void everyStrategyHasAChainOfEachShape() {
        for (String strategy : Workloads.strategies()) {
            assertEquals(List.of(Shape.values()), Workloads.shapes(strategy), strategy);
        }
    }

    @Test
    void theChainWithoutAShapeIsTheMethodsChain() {
        for (String strategy : Workloads.strategies()) {
            assertEquals(1, classesOnTheStackOfLayers(Workloads.chain(strategy, 5, failingLeaf())).size(), strategy);
        }
    }

    @Test
    void inShapeClassesEveryLayerRunsInAClassOfItsOwn() {
        for (String strategy : Workloads.strategies()) {
            Set<String> classes = classesOnTheStackOfLayers(Workloads.chain(strategy, 5, failingLeaf(), Shape.CLASSES));
            // The leaf's layer and the five above it.
            assertEquals(6, classes.size(), strategy + ": " + classes);
        }
    }

    @Test
    void aNullShapeIsRefused() {
        assertThrows(NullPointerException.class, () -> Workloads.chain("future", 3, Leaf.READY, null));
    }

    private static Leaf failingLeaf() {
        return Leaf.failing(new IllegalStateException("leaf failed"));
    }

    /** The classes whose {@code layer*} methods are on the stack when the leaf throws under the eager flag. */
    private static Set<String> classesOnTheStackOfLayers(IntStack stack) {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> stack.eagerAsInt(1));
        assertTrue(failure.getStackTrace().length > 0);
        return Arrays.stream(failure.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("dev.eager.workload."))
                .filter(frame -> frame.getMethodName().startsWith("layer"))
                .map(StackTraceElement::getClassName)
                .collect(Collectors.toSet());
    }
}
