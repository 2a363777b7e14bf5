package dev.eager.strategy.bypass.samples;

import dev.eager.core.Eager;

/** Run in a JVM of its own by the agent test: prints what the (agent-rewritten) {@link Layers} computes. */
public final class AgentMain {
    private AgentMain() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(Eager.run(() -> Layers.layer(1)) + " " + Layers.layer(1).get());
    }
}
