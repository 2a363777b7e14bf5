package dev.eager.workload;

/**
 * What every strategy's chain stack shares: its name and depth, and no sync code unless it says
 * so. {@link Operation}'s chain factories extend it with the three ways into a chain; a strategy
 * whose way in is its own (a peer's) extends it in its {@code ChainWorkload}.
 */
public abstract class ChainStack implements IntStack {
    private final String strategy;
    private final int depth;

    protected ChainStack(String strategy, int depth) {
        this.strategy = strategy;
        this.depth = depth;
    }

    @Override
    public final String strategy() {
        return strategy;
    }

    @Override
    public final int depth() {
        return depth;
    }

    @Override
    public boolean hasSync() {
        return false;
    }

    @Override
    public int syncAsInt(int x) {
        throw new UnsupportedOperationException(
                "strategy '" + strategy + "' has no sync code: its sync API is the eager mode");
    }

    @Override
    public String toString() {
        return strategy + " chain, depth " + depth;
    }
}
