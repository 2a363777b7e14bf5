package dev.eager.harness.load;

/**
 * Every request of one phase accounted for exactly once: sent when issued; ok or failed when it
 * settles; whatever has not settled when the phase is closed counts as failed (timed out), and
 * a late answer after that is ignored. So {@code sent == ok + failed} always.
 */
final class Tally {
    private long sent;
    private long ok;
    private long failed;
    private boolean closed;

    synchronized void sent() {
        sent++;
    }

    /** Records how one request ended; {@code false} if the phase was already closed. */
    synchronized boolean settle(boolean success) {
        return settle(success, () -> { });
    }

    /**
     * Settles one request and, if it counted, runs {@code whileCounting} before anyone waiting on
     * the phase wakes up: the latency is recorded before the phase can close and read it.
     */
    synchronized boolean settle(boolean success, Runnable whileCounting) {
        if (closed) {
            return false;
        }
        if (success) {
            ok++;
        } else {
            failed++;
        }
        whileCounting.run();
        notifyAll();
        return true;
    }

    synchronized void awaitSettled(long deadlineNanos) throws InterruptedException {
        while (ok + failed < sent) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Closes the phase: requests still out count as failed. Returns {sent, ok, failed}. */
    synchronized long[] close() {
        closed = true;
        failed += sent - ok - failed;
        return new long[] {sent, ok, failed};
    }
}
