package dev.cis.app.cli;

import dev.cis.app.node.NodeStartException;
import dev.cis.app.node.NodeStopper;
import dev.cis.core.config.CisHome;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cis node stop}: stops the node and waits until its process is gone. */
@Command(
        name = "stop",
        mixinStandardHelpOptions = true,
        description = {
            "Stop the node gracefully and wait until its process is gone: clients are disconnected, running",
            "sessions are ended (their tasks are retried, or failed, when a node starts again), the socket and pid",
            "file are removed. With --force the node is killed at once.",
        },
        footer = {
            "",
            "Exit codes: 0 the node is stopped (or none was running), 1 it is still running after the timeout.",
        })
public final class NodeStopCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--force", description = "Kill the node (SIGKILL) instead of asking it to stop.")
    boolean force;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long to wait for the node to end (default: ${DEFAULT-VALUE}).")
    long timeoutSecs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CisHome home = CisHome.resolve();
        try {
            NodeStopper.Stopped s = new NodeStopper().stop(home, force, Duration.ofSeconds(Math.max(1, timeoutSecs)));
            switch (s.outcome()) {
                case NOT_RUNNING -> out.println("no node is running for " + home);
                case STOPPED -> out.println("node stopped (pid " + s.pid() + ")");
                case KILLED -> out.println("node killed (pid " + s.pid() + ")");
            }
            return ExitCodes.OK;
        } catch (NodeStartException e) {
            spec.commandLine().getErr().println("cis: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
