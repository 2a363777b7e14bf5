package dev.eager.harness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * JMH refuses to start while another JMH run on the machine holds {@code <tmpdir>/jmh.lock}: two
 * runs at once would measure each other. On a shared machine the launcher waits its turn instead
 * of failing, and says so.
 */
final class JmhLock {
    private JmhLock() {
    }

    /** Waits until no other process holds JMH's lock, at most {@code patience}; false if it still does. */
    static boolean awaitFree(PrintStream out, Duration patience) throws InterruptedException {
        Path file = file();
        Instant deadline = Instant.now().plus(patience);
        Instant nextNotice = Instant.now();
        while (true) {
            if (isFree(file)) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            if (!Instant.now().isBefore(nextNotice)) {
                out.println("[bench] another JMH run holds " + file + ": waiting for it to finish");
                nextNotice = Instant.now().plusSeconds(60);
            }
            Thread.sleep(2000);
        }
    }

    /** The file JMH locks: {@code <java.io.tmpdir>/jmh.lock}. */
    static Path file() {
        return Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
    }

    private static boolean isFree(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (IOException e) {
            return true; // JMH itself will report what is wrong with the lock file
        }
    }
}
