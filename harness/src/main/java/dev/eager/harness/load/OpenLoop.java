package dev.eager.harness.load;

import dev.eager.core.Mode;
import dev.eager.workload.orm.OrmStack;
import dev.eager.workload.orm.Schema;
import dev.eager.workload.orm.User;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import org.HdrHistogram.Recorder;

/**
 * Drives {@code findById} at a constant rate, open loop: request {@code i} is due at {@code start
 * + i / rate} whether or not earlier ones have answered, and its latency is measured from that
 * intended start, so time spent queued behind a slow request counts (the coordinated-omission
 * correction). Concurrency is bounded: SYNC and EAGER calls run on {@code concurrency} worker
 * threads behind a bounded queue; ASYNC calls are issued from the pacing thread with at most
 * {@code concurrency} in flight. A phase is bounded in time: whatever has not answered
 * {@link #DRAIN_NANOS} after the last request was due counts as failed.
 */
final class OpenLoop {
    static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int QUEUE_BOUND = 100_000;

    private final OrmStack stack;
    private final Mode mode;
    private final int concurrency;

    OpenLoop(OrmStack stack, Mode mode, int concurrency) {
        this.stack = stack;
        this.mode = mode;
        this.concurrency = concurrency;
    }

    /** Checks the stack answers right in this mode before anything is measured. */
    void validate() {
        for (int id : new int[] {1, 7, Schema.USERS}) {
            User user = stack.findById().run(mode, id);
            if (!Schema.user(id).equals(user)) {
                throw new IllegalStateException(stack + " in " + mode + ": user " + id + " is " + user
                        + ", expected " + Schema.user(id));
            }
        }
    }

    /**
     * Runs one phase at {@code rate} requests/s for {@code durationNanos}, recording each latency
     * (µs) into {@code recorder}; {@code tick} is called about once a second with the time. Returns {sent, ok, failed}.
     */
    long[] run(int rate, long durationNanos, Recorder recorder, LongConsumer tick) throws InterruptedException {
        Tally tally = new Tally();
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime() + 1_000_000;
        long requests = durationNanos / period;
        ThreadPoolExecutor workers = mode == Mode.ASYNC ? null : new ThreadPoolExecutor(concurrency, concurrency,
                0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE_BOUND), Thread.ofPlatform().daemon().name("load-worker-", 0).factory());
        Semaphore inFlight = new Semaphore(concurrency);
        long nextTick = start;
        try {
            for (long i = 0; i < requests; i++) {
                long intended = start + i * period;
                if (System.nanoTime() - start > durationNanos + DRAIN_NANOS) {
                    break; // hopelessly behind: stop issuing, the phase is bounded
                }
                parkUntil(intended);
                if (intended >= nextTick) {
                    tick.accept(intended);
                    nextTick = intended + 1_000_000_000L;
                }
                int id = 1 + (int) (i % Schema.USERS);
                tally.sent();
                if (workers == null) {
                    issueAsync(id, intended, tally, recorder, inFlight);
                } else {
                    try {
                        workers.execute(() -> callBlocking(id, intended, tally, recorder));
                    } catch (RejectedExecutionException e) {
                        tally.settle(false);
                    }
                }
            }
            tally.awaitSettled(start + durationNanos + DRAIN_NANOS);
            return tally.close();
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    private void callBlocking(int id, long intended, Tally tally, Recorder recorder) {
        boolean success;
        try {
            User user = mode == Mode.SYNC ? stack.sync(id) : stack.eager(id);
            success = user != null && user.id() == id;
        } catch (Throwable failure) {
            success = false;
        }
        settle(success, intended, tally, recorder);
    }

    private void issueAsync(int id, long intended, Tally tally, Recorder recorder, Semaphore inFlight)
            throws InterruptedException {
        inFlight.acquire();
        try {
            stack.findById().async(id).whenComplete((user, failure) -> {
                inFlight.release();
                settle(failure == null && user != null && user.id() == id, intended, tally, recorder);
            });
        } catch (Throwable failure) {
            inFlight.release();
            settle(false, intended, tally, recorder);
        }
    }

    private static void settle(boolean success, long intended, Tally tally, Recorder recorder) {
        long micros = Math.max(0, (System.nanoTime() - intended) / 1000);
        tally.settle(success, () -> {
            if (success) {
                recorder.recordValue(micros);
            }
        });
    }

    private static void parkUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
