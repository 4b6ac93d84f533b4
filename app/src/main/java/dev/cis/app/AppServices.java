package dev.cis.app;

import dev.cis.app.cli.VersionProvider;
import dev.cis.core.config.CisConfig;
import dev.cis.core.config.CisHome;
import dev.cis.core.config.ConfigException;
import dev.cis.core.node.BlockedSessions;
import dev.cis.core.node.Engine;
import dev.cis.core.node.EngineException;
import dev.cis.core.node.LocalNode;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.SqliteRunStore;
import dev.cis.core.store.StoreOpenException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

/**
 * The composition root of the command line: where commands get the cis home, the config, the store
 * (for reading runs) and the node (for everything that acts on runs and sessions). Built once per
 * command; closed when the command ends.
 */
public final class AppServices implements AutoCloseable {

    private final CisHome home;
    private Engine inProcess;
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
     * The node that owns runs and sessions.
     *
     * @param startIfMissing start one when none is running
     */
    public NodeApi node(boolean startIfMissing) throws NodeException {
        if (inProcess == null) {
            try {
                inProcess = Engine.open(home, config(), defaultNodeId(), Clock.systemUTC());
            } catch (EngineException | ConfigException e) {
                throw new NodeException(NodeException.Kind.UNAVAILABLE, e.getMessage(), e);
            }
            inProcess.recoverAndResume();
        }
        return new LocalNode(inProcess, VersionProvider.version(), BlockedSessions.NONE, () -> { });
    }

    /** The node id of this machine: its host name. */
    public static String defaultNodeId() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public void close() {
        if (inProcess != null) {
            inProcess.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
