package dev.cis.app.services;

import dev.cis.app.node.NodeConnection;
import dev.cis.app.node.NodeConnector;
import dev.cis.core.config.CisConfig;
import dev.cis.core.config.CisHome;
import dev.cis.core.config.ConfigException;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.SqliteRunStore;
import dev.cis.core.store.StoreOpenException;
import java.util.function.Consumer;

/**
 * The composition root of the command line: where commands get the cis home, the config, the store
 * (for reading runs) and the node (for everything that acts on runs and sessions). Built once per
 * command; closed when the command ends.
 */
public final class AppServices implements AutoCloseable {

    private final CisHome home;
    private RunStore store;

    public AppServices(CisHome home) {
        this.home = home;
    }

    public static AppServices fromEnvironment() {
        return new AppServices(CisHome.resolve());
    }

    public CisHome home() {
        return home;
    }

    public CisConfig config() throws ConfigException {
        return CisConfig.load(home.configFile());
    }

    /** The run store, opened on first use (creating the home and database when missing). */
    public RunStore store() throws StoreOpenException {
        if (store == null) {
            try {
                home.ensureCreated();
            } catch (java.io.IOException e) {
                throw new StoreOpenException("cannot create " + home.root() + ": " + e.getMessage(), e);
            }
            store = SqliteRunStore.open(home);
        }
        return store;
    }

    /**
     * A client of the node that owns runs and sessions. The caller closes it; closing never stops the
     * node or a session.
     *
     * @param startIfMissing start a node in the background when none is running
     */
    public NodeApi node(boolean startIfMissing) throws NodeException {
        return NodeConnector.connect(home, startIfMissing);
    }

    /**
     * A connection to the node that notices when the node goes away and can start it again and reconnect.
     *
     * @param say prints one line to the person running the command
     */
    public NodeConnection connection(Consumer<String> say) {
        return NodeConnection.forThisJvm(home, say);
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
