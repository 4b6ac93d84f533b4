package dev.cis.app;

import dev.cis.app.cli.CisCommand;
import dev.cis.app.node.NodeMain;

/** Entry point of the {@code cis} launcher. */
public final class Main {

    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    private static final String SQLITE_LOADER_LOG = "org.slf4j.simpleLogger.log.org.sqlite.SQLiteJDBCLoader";

    private Main() {
    }

    public static void main(String[] args) {
        // Commands print what matters themselves: the library log shows warnings and errors only. A node
        // running in the foreground logs at info level (its own main configures the rest).
        boolean nodeInForeground = args.length >= 2 && args[0].equals("node") && args[1].equals("run");
        if (nodeInForeground) {
            NodeMain.configureLogging();
        } else if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn");
        }
        // The SQLite driver removes native libraries other processes extracted; when two cis processes start at
        // once it logs a harmless error with a stack trace for a file the other one removed first.
        if (System.getProperty(SQLITE_LOADER_LOG) == null) {
            System.setProperty(SQLITE_LOADER_LOG, "off");
        }
        int code = CisCommand.run(args, System.out, System.err);
        System.exit(code);
    }
}
