package dev.cis.app.cli;

import dev.cis.app.services.AppServices;
import dev.cis.core.agent.AgentConfigException;
import dev.cis.core.agent.AgentProfile;
import dev.cis.core.agent.AgentProfiles;
import dev.cis.core.config.ConfigException;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.node.UnblockResult;
import dev.cis.core.store.StoreOpenException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis dag unblock SESSION [--yes | --no | --enter | --input TEXT | --input-file FILE|-]}. */
@Command(
        name = "unblock",
        mixinStandardHelpOptions = true,
        description = "Answer a session that waits for a person: send the agent's own 'yes' or 'no' key(s), "
                + "Enter, or a line of text, then wait until the session is seen running again (or say that it "
                + "still waits).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cis dag unblock k3f9:frontend --yes",
            "  cis dag unblock k3f9:frontend:1 --input 'use the staging database'",
            "  cis dag unblock k3f9:deploy --input-file ~/.secrets/db-password",
            "  pass show db | cis dag unblock k3f9:deploy --input-file -",
            "",
            "Exit codes: 0 the session runs again (or ended), 1 it still waits, 2 no such live session.",
        })
public final class DagUnblockCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SESSION", description = "RUN:TASK[:ATTEMPT] (see 'cis dag sessions').")
    String session;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Answer answer;

    static final class Answer {
        @Option(names = "--yes", description = "The agent's yes (e.g. 'y' + Enter, or '1' for a menu).")
        boolean yes;

        @Option(names = "--no", description = "The agent's no.")
        boolean no;

        @Option(names = "--enter", description = "Just Enter.")
        boolean enter;

        @Option(names = "--input", paramLabel = "TEXT", description = "A line of text, followed by Enter.")
        String input;

        @Option(names = "--input-file", paramLabel = "FILE", description = "Send the text of FILE ('-': standard "
                + "input), followed by Enter: an answer such as a password stays out of the command line and the "
                + "shell history. A final line break is dropped.")
        String inputFile;
    }

    @Option(names = "--wait", paramLabel = "SECONDS", description = "How long to wait for it to run again (default 10).")
    double waitSecs = 10;

    public DagUnblockCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fromFile = null;
        if (answer.inputFile != null) {
            try {
                fromFile = AnswerFile.read(answer.inputFile, System.in);
            } catch (IOException e) {
                err.println("cis: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        try (NodeApi node = services.node(true)) {
            String id = SessionTargets.live(services.store(), node, session);
            SessionInfo info = node.sessions(null).stream().filter(s -> s.sessionId().equals(id)).findFirst()
                    .orElseThrow(() -> new NodeException(NodeException.Kind.NOT_FOUND, "session " + id + " ended"));
            String text = fromFile != null ? fromFile : text(info.agent());
            UnblockResult r = node.unblock(id, text, (long) (waitSecs * 1000));
            out.println(id + ": " + r.message());
            return r.recovered() ? ExitCodes.OK : ExitCodes.FAILED;
        } catch (NodeException e) {
            return NodeErrors.report(err, e);
        } catch (StoreOpenException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private String text(String agent) throws NodeException {
        if (answer.enter) {
            return "\r";
        }
        if (answer.input != null) {
            return answer.input + "\r";
        }
        AgentProfile profile = profiles().find(agent).orElse(null);
        if (profile == null) {
            return answer.yes ? "y\r" : "n\r";
        }
        return answer.yes ? profile.answers().yes() : profile.answers().no();
    }

    private AgentProfiles profiles() throws NodeException {
        try {
            var agents = services.config().agents();
            return agents.isEmpty() ? AgentProfiles.builtins() : AgentProfiles.fromConfig(agents);
        } catch (ConfigException | AgentConfigException e) {
            throw new NodeException(NodeException.Kind.INVALID, e.getMessage(), e);
        }
    }
}
