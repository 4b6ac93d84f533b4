package dev.cis.app.gui;

import dev.cis.ui.main.DagFileOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What the desktop GUI needs from the rest of the app, built once by the composition root.
 *
 * @param cisHome   the cis home folder ({@code CIS_HOME}, default {@code ~/.cis}); window settings live under it
 * @param dagOpener reads and validates DAG files; empty when this build has no DAG file reader
 * @param clock     the clock for elapsed times
 */
public record GuiServices(Path cisHome, Optional<DagFileOpener> dagOpener, Clock clock) {

    /**
     * The services of a normal start. The DAG file reader is the seam where the core loader plugs in:
     * {@code file -> DagLoader.load(file).dag()}, its user errors wrapped in a {@code DagOpenException}.
     */
    public static GuiServices fromEnvironment() {
        return new GuiServices(defaultCisHome(), Optional.empty(), Clock.systemDefaultZone());
    }

    static Path defaultCisHome() {
        String env = System.getenv("CIS_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cis");
    }

    public GuiServices withDagOpener(DagFileOpener opener) {
        return new GuiServices(cisHome, Optional.of(opener), clock);
    }
}
