package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eager.workload.mutant.ChainWorkload;
import dev.eager.workload.mutant.Mutation;
import org.junit.jupiter.api.Test;

/** The gate's stand-in mutant: absent unless asked for, and a mutation never changes an answer. */
class MutantStandInTest {
    @Test
    void isNotRegisteredWithoutTheProperty() {
        // Surefire does not set eager.mutants; the stand-in must stay out of every normal run.
        assertFalse(Workloads.strategies().contains("mutant-standin"), Workloads.strategies().toString());
        assertFalse(new ChainWorkload().enabled());
    }

    @Test
    void computesTheChainsAnswerInEagerAndAsyncAtEveryDepth() {
        ChainWorkload provider = new ChainWorkload();
        for (int depth : new int[] {1, 4, 5, 10, 99, 100, 101, 250}) {
            IntStack stack = provider.chain(depth, Leaf.READY);
            assertEquals(Workloads.expectedChain(7, depth), stack.eagerAsInt(7), "depth " + depth);
            assertEquals(Workloads.expectedChain(7, depth), stack.async(7).toCompletableFuture().join(), "depth " + depth);
        }
    }

    @Test
    void namesTheMutationsOnTheCommandLine() {
        assertEquals("every-fifth-layer", Mutation.EVERY_FIFTH_LAYER.id());
        assertEquals(5, Mutation.EVERY_FIFTH_LAYER.stride());
        assertEquals(1, Mutation.EVERY_LAYER.stride());
        assertEquals(0, Mutation.NONE.stride());
        String old = System.getProperty(Mutation.PROPERTY);
        try {
            System.setProperty(Mutation.PROPERTY, "every-other-layer");
            assertThrows(IllegalArgumentException.class, Mutation::current);
        } finally {
            if (old == null) {
                System.clearProperty(Mutation.PROPERTY);
            } else {
                System.setProperty(Mutation.PROPERTY, old);
            }
        }
    }
}
