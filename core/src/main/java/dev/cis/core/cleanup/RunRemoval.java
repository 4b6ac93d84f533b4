package dev.cis.core.cleanup;

import dev.cis.core.config.CisHome;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.RunRecord;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.TaskRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes finished runs: their rows in the store (tasks, attempts, approvals, events) and their files in the cis
 * home (the run's recordings and work folders, and any recording an attempt names inside the home). Active runs
 * are refused: they have sessions and an executor that writes to them.
 */
public final class RunRemoval {

    private static final Logger LOG = LoggerFactory.getLogger(RunRemoval.class);

    private final RunStore store;
    private final CisHome home;

    public RunRemoval(RunStore store, CisHome home) {
        this.store = store;
        this.home = home;
    }

    /** What deleting {@code run} would free; deletes nothing. */
    public RemovedRun measure(RunRecord run) {
        long bytes = 0;
        long count = 0;
        for (Path f : files(run)) {
            bytes += size(f);
            count++;
        }
        return new RemovedRun(run.id(), run.dagName(), run.status().wireName(), run.createdAt(),
                store.storedBytes(run.id()), bytes, count);
    }

    /**
     * Deletes {@code run}: its rows first (so it is gone for every reader at once), then its files. A file that
     * cannot be deleted is logged and left.
     *
     * @throws IllegalStateException when the run is not finished
     */
    public RemovedRun remove(RunRecord run) {
        if (run.isActive()) {
            throw new IllegalStateException(activeMessage(run));
        }
        RemovedRun measured = measure(run);
        List<Path> files = files(run);
        store.deleteRun(run.id());
        for (Path f : files) {
            delete(f);
        }
        for (Path dir : home.runFolders(run.id())) {
            deleteTree(dir);
        }
        LOG.info("deleted run {} ({}): {} bytes in the database, {} files of {} bytes", run.id(), run.dagName(),
                measured.databaseBytes(), measured.files(), measured.fileBytes());
        return measured;
    }

    /** Why an active run cannot be deleted, and what to do about it. */
    public static String activeMessage(RunRecord run) {
        return "run " + run.id() + " is " + run.status().wireName() + "; cancel it first with 'cis dag cancel "
                + run.id() + "', then delete it";
    }

    /** Every file of the run: what its folders hold and the recordings its attempts name inside the home. */
    private List<Path> files(RunRecord run) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path dir : home.runFolders(run.id())) {
            out.addAll(filesUnder(dir));
        }
        for (TaskRecord t : store.tasks(run.id())) {
            for (AttemptRecord a : store.attempts(run.id(), t.taskId())) {
                if (a.recordingPath() != null) {
                    Path p = Path.of(a.recordingPath()).toAbsolutePath().normalize();
                    if (p.startsWith(home.root()) && Files.isRegularFile(p)) {
                        out.add(p);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static List<Path> filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot list {}: {}", dir, e.toString());
            return List.of();
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", f, e.toString());
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(RunRemoval::delete);
        } catch (NoSuchFileException e) {
            // gone already
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot delete {}: {}", dir, e.toString());
        }
    }
}
