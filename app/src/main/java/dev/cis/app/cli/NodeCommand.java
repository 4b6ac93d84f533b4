package dev.cis.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cis node ...}: the background process that runs sessions. */
@Command(
        name = "node",
        mixinStandardHelpOptions = true,
        description = {
            "Start, stop and inspect the node: the background process of this CIS_HOME that runs every session.",
            "Commands and the GUI talk to it over $CIS_HOME/run/node.sock; its log is $CIS_HOME/logs/node.log.",
        },
        subcommands = {
            NodeStartCommand.class,
            NodeStopCommand.class,
            NodeStatusCommand.class,
            NodeRunCommand.class,
        })
public final class NodeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
