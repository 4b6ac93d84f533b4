package dev.cis.ui.main;

import dev.cis.ui.theme.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link WindowState} in a small properties file (by default {@code $CIS_HOME/gui/window.properties}).
 * A missing or broken file means defaults; failing to save is logged and otherwise ignored.
 */
public final class WindowStateFile {

    private static final Logger LOG = LoggerFactory.getLogger(WindowStateFile.class);

    private final Path file;

    public WindowStateFile(Path file) {
        this.file = file;
    }

    /** The file under a cis home folder. */
    public static WindowStateFile under(Path cisHome) {
        return new WindowStateFile(cisHome.resolve("gui").resolve("window.properties"));
    }

    public Path file() {
        return file;
    }

    public Optional<WindowState> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            LOG.warn("cannot read window settings {}: {}", file, e.toString());
            return Optional.empty();
        }
        WindowState d = WindowState.defaults();
        try {
            return Optional.of(new WindowState(
                    number(p, "x", d.x()),
                    number(p, "y", d.y()),
                    Math.max(WindowState.MIN_WIDTH, number(p, "width", d.width())),
                    Math.max(WindowState.MIN_HEIGHT, number(p, "height", d.height())),
                    Boolean.parseBoolean(p.getProperty("maximized", "false")),
                    fraction(p, "divider.runs", d.runsDivider()),
                    fraction(p, "divider.inspector", d.inspectorDivider()),
                    fraction(p, "divider.terminal", d.terminalDivider()),
                    Theme.fromId(p.getProperty("theme")).orElse(d.theme())));
        } catch (NumberFormatException e) {
            LOG.warn("ignoring broken window settings {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    public void save(WindowState s) {
        Properties p = new Properties();
        if (s.hasPosition()) {
            p.setProperty("x", Double.toString(s.x()));
            p.setProperty("y", Double.toString(s.y()));
        }
        p.setProperty("width", Double.toString(s.width()));
        p.setProperty("height", Double.toString(s.height()));
        p.setProperty("maximized", Boolean.toString(s.maximized()));
        p.setProperty("divider.runs", Double.toString(s.runsDivider()));
        p.setProperty("divider.inspector", Double.toString(s.inspectorDivider()));
        p.setProperty("divider.terminal", Double.toString(s.terminalDivider()));
        p.setProperty("theme", s.theme().id());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "cis window settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot save window settings {}: {}", file, e.toString());
        }
    }

    private static double number(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        return v == null ? fallback : Double.parseDouble(v.trim());
    }

    private static double fraction(Properties p, String key, double fallback) {
        double v = number(p, key, fallback);
        return v > 0.02 && v < 0.98 ? v : fallback;
    }
}
