package dev.cis.app.cli;

import dev.cis.app.services.AppServices;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis dag cancel RUN}. */
@Command(
        name = "cancel",
        mixinStandardHelpOptions = true,
        description = "Cancel a run: its sessions are killed, tasks that did not finish are marked cancelled. "
                + "Rerun it later with 'cis dag retry RUN'.",
        footerHeading = "%nExamples:%n",
        footer = {"  cis dag cancel k3f9", "  cis dag cancel k3f9 --reason 'wrong branch'"})
public final class DagCancelCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RUN", description = "Run id or unique prefix.")
    String run;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (kept with the run).")
    String reason = "cancelled by " + System.getProperty("user.name");

    public DagCancelCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        try (NodeApi node = services.node(true)) {
            node.cancel(run, reason);
            spec.commandLine().getOut().println("cancelled " + run);
            return ExitCodes.OK;
        } catch (NodeException e) {
            return NodeErrors.report(spec.commandLine().getErr(), e);
        }
    }
}
