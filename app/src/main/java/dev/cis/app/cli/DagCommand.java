package dev.cis.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cis dag ...}: DAG files and their runs. */
@Command(
        name = "dag",
        mixinStandardHelpOptions = true,
        description = "Work with DAG files and their runs.",
        subcommands = {
            DagValidateCommand.class,
            DagRunCommand.class,
            DagExecuteCommand.class,
            DagStatusCommand.class,
            DagListCommand.class,
            DagLogsCommand.class,
            DagApproveCommand.class,
            DagCancelCommand.class,
            DagRetryCommand.class,
            DagSessionsCommand.class,
            DagAttachCommand.class,
            DagUnblockCommand.class,
            DagKillCommand.class,
            DagRmCommand.class,
            DagPruneCommand.class,
        })
public final class DagCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
