package dev.cis.app.node;

import dev.cis.app.version.VersionProvider;
import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.config.CisHome;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node process: {@code java dev.cis.app.node.NodeMain [--home DIR]} (or {@code cis node run}). Normally
 * started in the background by {@code cis node start}, which sends its output to {@code $CIS_HOME/logs/node.log}.
 * Runs until a client asks it to stop or it receives SIGTERM / SIGINT; both stop it gracefully.
 */
public final class NodeMain {

    /** Exit code when the node could not start. */
    public static final int START_FAILED = 1;
    /** Exit code for wrong arguments. */
    public static final int USAGE = 2;

    private NodeMain() {
    }

    public static void main(String[] args) {
        configureLogging();
        CisHome home;
        if (args.length == 0) {
            home = CisHome.resolve();
        } else if (args.length == 2 && args[0].equals("--home")) {
            home = CisHome.at(Path.of(args[1]));
        } else {
            System.err.println("usage: NodeMain [--home DIR]");
            System.exit(USAGE);
            return;
        }
        System.exit(run(home));
    }

    /** Runs the node of {@code home} in this process until it is asked to stop; returns the exit code. */
    public static int run(CisHome home) {
        configureLogging();
        Logger log = LoggerFactory.getLogger(NodeMain.class);
        NodeProcess node;
        try {
            node = NodeProcess.start(home, VersionProvider.version());
        } catch (NodeStartException e) {
            log.error("the node could not start: {}", e.getMessage());
            return START_FAILED;
        } catch (RuntimeException e) {
            log.error("the node could not start", e);
            return START_FAILED;
        }
        Runtime.getRuntime().addShutdownHook(NamedThreads.factory("cis-node-shutdown", false).newThread(node::stop));
        try {
            node.awaitStopRequest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        node.stop();
        return 0;
    }

    /** Timestamped log lines to standard error (the node log), unless set otherwise on the command line. */
    public static void configureLogging() {
        setDefault("org.slf4j.simpleLogger.showDateTime", "true");
        setDefault("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        setDefault("org.slf4j.simpleLogger.showThreadName", "true");
        setDefault("org.slf4j.simpleLogger.showShortLogName", "true");
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setDefault("org.slf4j.simpleLogger.logFile", "System.err");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
