package dev.eager.harness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * JMH's machine-wide lock ({@code <tmpdir>/jmh.lock}), held by the launcher for its whole run.
 *
 * <p>Two JMH runs at once would measure each other. JMH itself takes the lock per {@code
 * Runner.run} and fails at once when another run holds it; our run is several {@code Runner}
 * calls, so on a shared machine another run could slip in between them. The launcher therefore
 * waits for the lock, holds it from its first part to its last, and tells JMH not to take it
 * again ({@code jmh.ignoreLock}).
 */
public final class JmhLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private JmhLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The file JMH locks. */
    public static Path file() {
        return Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
    }

    /**
     * Waits until this process holds the lock, at most {@code patience}, saying once a minute that
     * it waits; null if another process still holds it then.
     */
    public static JmhLock acquire(PrintStream out, Duration patience) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        Instant nextNotice = Instant.now();
        while (true) {
            FileChannel channel = FileChannel.open(file(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new JmhLock(channel, lock);
                }
            } catch (OverlappingFileLockException e) {
                channel.close();
                throw new IOException(file() + ": this JVM holds the lock already", e);
            }
            channel.close();
            if (Instant.now().isAfter(deadline)) {
                return null;
            }
            if (!Instant.now().isBefore(nextNotice)) {
                out.println("[bench] another JMH run holds " + file() + ": waiting for it to finish");
                nextNotice = Instant.now().plusSeconds(60);
            }
            Thread.sleep(2000);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
