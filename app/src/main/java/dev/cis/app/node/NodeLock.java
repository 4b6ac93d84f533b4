package dev.cis.app.node;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/** An exclusive lock on a file, held by this process until closed (or until the process ends). */
final class NodeLock implements AutoCloseable {

    private static final long RETRY_NANOS = 50_000_000;

    private final FileChannel channel;
    private final FileLock lock;

    private NodeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock when no process holds it; empty when one does. */
    static Optional<NodeLock> tryAcquire(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock l = ch.tryLock();
            if (l != null) {
                return Optional.of(new NodeLock(ch, l));
            }
        } catch (OverlappingFileLockException e) {
            // held by this very process
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        ch.close();
        return Optional.empty();
    }

    /** Takes the lock, waiting up to {@code timeout} for the process that holds it. */
    static Optional<NodeLock> acquire(Path file, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<NodeLock> l = tryAcquire(file);
            if (l.isPresent() || System.nanoTime() > deadline) {
                return l;
            }
            LockSupport.parkNanos(RETRY_NANOS);
        }
    }

    /** True when some process holds the lock on {@code file} now. */
    static boolean isHeld(Path file) throws IOException {
        Optional<NodeLock> l = tryAcquire(file);
        l.ifPresent(NodeLock::close);
        return l.isEmpty();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel is closed next, which releases the lock as well
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
