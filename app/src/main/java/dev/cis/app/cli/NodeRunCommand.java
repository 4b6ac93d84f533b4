package dev.cis.app.cli;

import dev.cis.app.node.NodeMain;
import dev.cis.core.config.CisHome;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cis node run}: the node in the foreground, what {@code cis node start} runs in the background. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run the node in the foreground, logging to standard error, until Ctrl-C, SIGTERM or 'cis node stop'.",
            "For service managers and debugging; 'cis node start' runs the same in the background.",
        },
        footer = {
            "",
            "Exit codes: 0 the node stopped, 1 it could not start (e.g. a node already runs for this home).",
        })
public final class NodeRunCommand implements Callable<Integer> {

    @Option(names = "--home", paramLabel = "DIR", description = "The CIS_HOME to serve (default: $CIS_HOME or ~/.cis).")
    Path home;

    @Override
    public Integer call() {
        return NodeMain.run(home == null ? CisHome.resolve() : CisHome.at(home));
    }
}
