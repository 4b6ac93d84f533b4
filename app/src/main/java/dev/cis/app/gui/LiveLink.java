package dev.cis.app.gui;

import dev.cis.core.config.CisHome;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.SqliteRunStore;
import dev.cis.core.store.StoreOpenException;
import dev.cis.ui.action.RecentFiles;
import dev.cis.ui.live.LiveServices;
import java.util.concurrent.Executor;

/** The node and the run store the window uses, opened together off the UI thread and closed together. */
final class LiveLink implements AutoCloseable {

    private final NodeApi node;
    private final RunStore store;
    private final LiveServices services;

    private LiveLink(NodeApi node, RunStore store, LiveServices services) {
        this.node = node;
        this.store = store;
        this.services = services;
    }

    /** Opens the node of {@code services} and the store of its home; {@code io} will run their calls. */
    static LiveLink open(GuiServices services, Executor io) throws NodeException {
        CisHome home = CisHome.at(services.cisHome());
        NodeApi node = services.nodes().open(home);
        RunStore store;
        try {
            store = SqliteRunStore.open(home);
        } catch (StoreOpenException e) {
            node.close();
            throw new NodeException(NodeException.Kind.UNAVAILABLE, e.getMessage(), e);
        }
        return new LiveLink(node, store, new LiveServices(node, store, DagFiles.loader(home),
                RecentFiles.under(services.cisHome()), io));
    }

    LiveServices services() {
        return services;
    }

    @Override
    public void close() {
        store.close();
        node.close();
    }
}
