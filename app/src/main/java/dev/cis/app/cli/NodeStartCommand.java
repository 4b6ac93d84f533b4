package dev.cis.app.cli;

import dev.cis.app.node.JavaCommand;
import dev.cis.app.node.NodeFiles;
import dev.cis.app.node.NodeLauncher;
import dev.cis.app.node.NodeStartException;
import dev.cis.core.config.CisHome;
import dev.cis.core.node.NodeInfo;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cis node start}: starts the node in the background and waits until it answers. */
@Command(
        name = "start",
        mixinStandardHelpOptions = true,
        description = {
            "Start the node in the background, detached from this terminal, and wait until it answers.",
            "Runs that were executing when the node last stopped are resumed. When a node already runs, says so.",
        },
        footer = {
            "",
            "Exit codes: 0 the node runs (started now or before), 1 it could not be started (the end of its log",
            "is printed).",
            "Environment: CIS_NODE_JAVA_OPTS adds JVM options to the node process (e.g. -Xmx2g).",
        })
public final class NodeStartCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for the node to answer (default: ${DEFAULT-VALUE}).")
    long timeoutSecs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CisHome home = CisHome.resolve();
        NodeFiles files = new NodeFiles(home);
        NodeLauncher launcher = new NodeLauncher(JavaCommand.ofThisJvm(System.getenv()),
                Duration.ofSeconds(Math.max(1, timeoutSecs)));
        try {
            NodeLauncher.Started s = launcher.start(home);
            NodeInfo i = s.info();
            if (s.alreadyRunning()) {
                out.println("a node is already running: pid " + i.pid() + ", up " + NodeStatusCommand.uptime(i)
                        + ", socket " + files.socket());
            } else {
                s.cleanedUp().forEach(p -> out.println("removed " + p + " (left by a node that is gone)"));
                out.println("node started: pid " + i.pid() + ", node id " + i.nodeId() + ", socket " + files.socket());
                out.println("log: " + files.log());
            }
            return ExitCodes.OK;
        } catch (NodeStartException e) {
            spec.commandLine().getErr().println("cis: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
