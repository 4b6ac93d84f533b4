package dev.cis.app.cli;

import dev.cis.app.services.AppServices;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis dag retry RUN [--task T] [--downstream]}. */
@Command(
        name = "retry",
        mixinStandardHelpOptions = true,
        description = "Run a finished run again, in place: by default every task that did not complete (failed, "
                + "skipped, cancelled); with --task only that task, and with --downstream also everything that "
                + "depends on it. Completed tasks are not run again: their stored outputs go to their dependents.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cis dag retry k3f9",
            "  cis dag retry k3f9 --task review --downstream",
            "  cis dag retry k3f9 && cis dag execute --run-id k3f9     follow it",
        })
public final class DagRetryCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RUN", description = "Run id or unique prefix.")
    String run;

    @Option(names = "--task", paramLabel = "TASK", description = "Run only this task again.")
    String task;

    @Option(names = "--downstream", description = "With --task: also every task that depends on it.")
    boolean downstream;

    public DagRetryCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if (downstream && task == null) {
            spec.commandLine().getErr().println("cis: --downstream needs --task TASK");
            return ExitCodes.USAGE;
        }
        try (NodeApi node = services.node(true)) {
            List<String> tasks = node.retry(run, task, downstream);
            spec.commandLine().getOut().println("running again: " + String.join(", ", tasks));
            return ExitCodes.OK;
        } catch (NodeException e) {
            return NodeErrors.report(spec.commandLine().getErr(), e);
        }
    }
}
