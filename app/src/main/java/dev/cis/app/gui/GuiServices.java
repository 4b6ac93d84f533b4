package dev.cis.app.gui;


import dev.cis.app.node.SelfStartingNode;
import dev.cis.core.config.CisHome;
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
 * @param nodes     opens the node the window talks to
 */
public record GuiServices(Path cisHome, Optional<DagFileOpener> dagOpener, Clock clock, NodeSource nodes) {

    /**
     * The services of a normal start: DAG files read with the config's agents, and the node process of
     * {@code CIS_HOME} (started when none runs), so sessions outlive the window.
     */
    public static GuiServices fromEnvironment() {
        return at(defaultCisHome());
    }

    /** The services of a start on the cis home {@code home}. */
    public static GuiServices at(Path home) {
        // the config is read when a file is opened, not when any command is parsed
        DagFileOpener lazy = file -> DagFiles.opener(DagFiles.loader(CisHome.at(home))).open(file);
        return new GuiServices(home, Optional.of(lazy),
                Clock.systemDefaultZone(), SelfStartingNode::open);
    }

    static Path defaultCisHome() {
        return CisHome.resolve().root();
    }

    public GuiServices withDagOpener(DagFileOpener opener) {
        return new GuiServices(cisHome, Optional.of(opener), clock, nodes);
    }

    public GuiServices withNodes(NodeSource source) {
        return new GuiServices(cisHome, dagOpener, clock, source);
    }

    public GuiServices withCisHome(Path home) {
        return new GuiServices(home, dagOpener, clock, nodes);
    }

    public GuiServices withoutDagOpener() {
        return new GuiServices(cisHome, Optional.empty(), clock, nodes);
    }
}
