package dev.cis.core.store;

import dev.cis.core.files.PrivateFiles;
import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Two connections to one SQLite file: one for writes, one for reads, each guarded by a lock so many threads can
 * share them. Writes run in {@code BEGIN IMMEDIATE} transactions (the write lock is taken up front, so two
 * processes never deadlock upgrading a read lock); reads run in deferred transactions and see one snapshot.
 */
final class SqliteConnections implements AutoCloseable {

    /** How long a write waits for another process holding the database lock. */
    static final int BUSY_TIMEOUT_MS = 15_000;

    private static final Logger LOG = LoggerFactory.getLogger(SqliteConnections.class);

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();

    /** Work done inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private SqliteConnections(Path file, Connection writer, Connection reader) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
    }

    /** Opens both connections and brings the schema up to date. */
    static SqliteConnections open(Path file) throws StoreOpenException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreOpenException("cannot open database " + file + ": folder " + parent + " does not exist");
        }
        Connection writer = null;
        try {
            makePrivate(file);
            writer = connect(file);
            SqliteSchema.migrate(writer, file, SqliteSchema.MIGRATIONS);
            Connection reader = connect(file);
            makePrivate(file);
            return new SqliteConnections(file, writer, reader);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new StoreOpenException(openFailure(file, e), e);
        } catch (StoreOpenException | RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    /**
     * The database and its {@code -wal} and {@code -shm} files are owner-only: it holds prompts, outputs and the
     * environments of runs. SQLite gives the side files the mode of the database, so creating it owner-only
     * before SQLite opens it is enough for new files; older ones lose the permissions of others.
     */
    private static void makePrivate(Path file) throws StoreOpenException {
        try {
            PrivateFiles.ensureFile(file);
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                PrivateFiles.restrict(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new StoreOpenException("cannot open database " + file + ": " + e.getMessage()
                    + " (check the permissions of " + file.toAbsolutePath().getParent() + ")", e);
        }
    }

    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    <T> T write(String what, Work<T> work) {
        writeLock.lock();
        try {
            return inTransaction(writer, "BEGIN IMMEDIATE", what, work);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} in one read transaction: every query sees the same committed state. */
    <T> T read(String what, Work<T> work) {
        readLock.lock();
        try {
            return inTransaction(reader, "BEGIN", what, work);
        } finally {
            readLock.unlock();
        }
    }

    private <T> T inTransaction(Connection c, String begin, String what, Work<T> work) {
        try {
            exec(c, begin);
        } catch (SQLException e) {
            throw failure(what, e);
        }
        try {
            T result = work.run(c);
            exec(c, "COMMIT");
            return result;
        } catch (SQLException e) {
            rollback(c, what);
            throw failure(what, e);
        } catch (RuntimeException | Error e) {
            rollback(c, what);
            throw e;
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
    }

    private static void rollback(Connection c, String what) {
        try {
            exec(c, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite may already have rolled back (e.g. after a failed COMMIT); nothing is left to undo
            LOG.debug("rollback after failed '{}': {}", what, e.getMessage());
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String openFailure(Path file, SQLException e) {
        if (e instanceof SQLiteException se && se.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
            return "cannot open database " + file + ": it is not a SQLite database (move it away and cis starts"
                    + " a new one)";
        }
        return "cannot open database " + file + ": " + e.getMessage();
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing connection failed: {}", e.getMessage());
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            closeQuietly(reader);
            closeQuietly(writer);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }
}
