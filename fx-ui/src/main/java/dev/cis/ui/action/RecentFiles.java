package dev.cis.ui.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DAG files run lately, newest first, at most {@value #MAX}, kept one per line in a text file (by default
 * {@code $CIS_HOME/gui/recent-dags.txt}). A missing or unreadable file means none; failing to save is logged.
 * Call {@link #add} on the UI thread.
 */
public final class RecentFiles {

    public static final int MAX = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RecentFiles.class);

    private final Path file;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Path file) {
        this.file = file;
        files.setAll(read(file));
    }

    /** The list under a cis home folder. */
    public static RecentFiles under(Path cisHome) {
        return new RecentFiles(cisHome.resolve("gui").resolve("recent-dags.txt"));
    }

    private static List<Path> read(Path file) {
        List<Path> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Path p = line.isBlank() ? null : Path.of(line.strip());
                if (p != null && !out.contains(p) && out.size() < MAX) {
                    out.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the recent DAG files {}: {}", file, e.toString());
        }
        return out;
    }

    /** Puts {@code dag} first (absolute), drops the oldest beyond {@value #MAX}, and saves. */
    public void add(Path dag) {
        Path p = dag.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        files.setAll(next.subList(0, Math.min(MAX, next.size())));
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot save the recent DAG files {}: {}", file, e.toString());
        }
    }

    /** Newest first. */
    public ObservableList<Path> files() {
        return readOnly;
    }
}
