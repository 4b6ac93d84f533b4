package dev.cis.app.cli;

import dev.cis.app.services.AppServices;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.model.ApprovalDecision;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.store.RunLookupException;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.StoreOpenException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis dag approve RUN TASK [--skip | --abort]}. */
@Command(
        name = "approve",
        mixinStandardHelpOptions = true,
        description = "Decide about a task that waits for approval (level confirmed, recommended or arbitrated): "
                + "run it (default), skip it, or abort the whole run.",
        footerHeading = "%nExamples:%n",
        footer = {"  cis dag approve k3f9 release", "  cis dag approve k3f9 release --skip",
            "  cis dag approve k3f9 release --as @ana:example.org   (one stakeholder's vote on an arbitrated task)"})
public final class DagApproveCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "Run id or unique prefix.")
    String run;

    @Parameters(index = "1", paramLabel = "TASK", description = "The task's id.")
    String task;

    @CommandLine.ArgGroup(exclusive = true)
    Decision decision;

    static final class Decision {
        @Option(names = "--skip", description = "Do not run the task; it ends as skipped.")
        boolean skip;

        @Option(names = "--abort", description = "Cancel the whole run.")
        boolean abort;
    }

    @Option(names = {"--as", "--by"}, paramLabel = "NAME", description = "Who decides (default: the OS user name). "
            + "An arbitrated task starts once a majority of its stakeholders approved: NAME is one of them, as its "
            + "Matrix id or the id's local part.")
    String by = System.getProperty("user.name");

    public DagApproveCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ApprovalDecision d = decision == null ? ApprovalDecision.APPROVE
                : decision.skip ? ApprovalDecision.SKIP : ApprovalDecision.ABORT;
        try (NodeApi node = services.node(true)) {
            node.approve(run, task, d, by);
            out.println(switch (d) {
                case APPROVE -> stillWaiting() ? "approved " + task + " as " + by + "; it starts once a majority of "
                        + "its stakeholders approved" : "approved " + task + "; it starts when a worker is free";
                case SKIP -> "skipped " + task;
                case ABORT -> "aborted the run at " + task;
            });
            return ExitCodes.OK;
        } catch (NodeException e) {
            return NodeErrors.report(spec.commandLine().getErr(), e);
        }
    }

    /** After an approval: whether the task still waits (an arbitrated task short of its majority). */
    private boolean stillWaiting() {
        try {
            RunStore store = services.store();
            return store.task(store.resolveRunId(run), task).map(t -> t.status() == TaskStatus.WAITING_APPROVAL)
                    .orElse(false);
        } catch (StoreOpenException | RunLookupException e) {
            return false;
        }
    }
}
