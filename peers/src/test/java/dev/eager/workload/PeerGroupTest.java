package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The peers register as their own group, after our strategies, through the one registry. */
class PeerGroupTest {
    private static final List<String> PEERS = List.of("flag-parameter", "kotlin", "reactor");

    @Test
    void peersAreRegisteredInGroupPeersAndOursInGroupOurs() {
        for (String strategy : Workloads.strategies()) {
            assertEquals(PEERS.contains(strategy) ? "peers" : "ours", Workloads.group(strategy), strategy);
        }
    }

    @Test
    void peersComeAfterOurStrategiesInTheirOwnOrder() {
        List<String> strategies = Workloads.strategies();
        assertEquals(PEERS, strategies.subList(strategies.size() - PEERS.size(), strategies.size()));
        assertTrue(strategies.contains("future"), strategies.toString());
    }
}
