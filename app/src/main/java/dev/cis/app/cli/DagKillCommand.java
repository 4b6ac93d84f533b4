package dev.cis.app.cli;

import dev.cis.app.services.AppServices;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.store.RunLookupException;
import dev.cis.core.store.StoreOpenException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis dag kill SESSION | --run R}. */
@Command(
        name = "kill",
        mixinStandardHelpOptions = true,
        description = "Kill a live session and its whole process group. Its attempt fails and is retried if the "
                + "task has retries left. With --run, every live session of the run (the run itself goes on; "
                + "to stop it use 'cis dag cancel').",
        footerHeading = "%nExamples:%n",
        footer = {"  cis dag kill k3f9:frontend", "  cis dag kill --run k3f9"})
public final class DagKillCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SESSION", description = "RUN:TASK[:ATTEMPT].")
    String session;

    @Option(names = "--run", paramLabel = "RUN", description = "Kill every live session of this run.")
    String run;

    public DagKillCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((session == null) == (run == null)) {
            err.println("cis: give a SESSION or --run RUN (not both)");
            return ExitCodes.USAGE;
        }
        try (NodeApi node = services.node(true)) {
            if (session != null) {
                String id = SessionTargets.live(services.store(), node, session);
                node.kill(id);
                out.println("killed " + id);
                return ExitCodes.OK;
            }
            String runId = services.store().resolveRunId(run);
            List<SessionInfo> live = node.sessions(runId);
            if (live.isEmpty()) {
                out.println("run " + runId + " has no live sessions");
            }
            for (SessionInfo s : live) {
                node.kill(s.sessionId());
                out.println("killed " + s.sessionId());
            }
            return ExitCodes.OK;
        } catch (NodeException e) {
            return NodeErrors.report(err, e);
        } catch (RunLookupException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StoreOpenException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
