package dev.cis.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.app.node.NodeConnection;
import dev.cis.app.services.AppServices;
import dev.cis.core.node.NodeException;
import dev.cis.core.session.AsciicastReader;
import dev.cis.core.session.TerminalText;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.RunLookupException;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.StoreOpenException;
import dev.cis.core.store.TaskRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis dag logs RUN:TASK[:ATTEMPT]}. */
@Command(
        name = "logs",
        mixinStandardHelpOptions = true,
        description = "Print what a task's session printed (terminal escapes removed), for finished and live "
                + "sessions; -f follows a live one until it ends. --prompt prints the text the task was given "
                + "instead, with the injected outputs of its dependencies.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cis dag logs k3f9:review            the latest attempt of task review",
            "  cis dag logs k3f9:flaky:1 --tail 20",
            "  cis dag logs k3f9:frontend -f",
            "  cis dag logs k3f9:review --prompt",
        })
public final class DagLogsCommand implements Callable<Integer> {

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RUN:TASK[:ATTEMPT]", description = "The session: run id (or unique prefix), task id, "
            + "and optionally the attempt number (default: the latest).")
    String target;

    @Option(names = "--tail", paramLabel = "N", description = "Only the last N lines.")
    Integer tail;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new output until the session ends.")
    boolean follow;

    @Option(names = "--prompt", description = "Print the prompt as sent (with injected context) instead of the output.")
    boolean prompt;

    @Option(names = "--raw", description = "Print the recorded bytes with their terminal escapes (for a terminal).")
    boolean raw;

    @Option(names = "--json", description = "Print the attempt as JSON, with its prompt and output.")
    boolean json;

    public DagLogsCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String[] parts = target.split(":");
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            err.println("cis: '" + target + "' is not RUN:TASK or RUN:TASK:ATTEMPT (e.g. k3f9:review:2)");
            return ExitCodes.USAGE;
        }
        try {
            RunStore store = services.store();
            String runId = store.resolveRunId(parts[0]);
            if (store.task(runId, parts[1]).isEmpty()) {
                err.println("cis: run " + runId + " has no task '" + parts[1] + "'");
                return ExitCodes.USAGE;
            }
            TaskRecord task = store.task(runId, parts[1]).get();
            List<AttemptRecord> attempts = store.attempts(runId, parts[1]);
            if (attempts.isEmpty()) {
                err.println("cis: task " + TaskText.label(task) + " of run " + runId + " has not run yet ("
                        + task.status().wireName() + ")");
                return ExitCodes.USAGE;
            }
            AttemptRecord a = attempts.get(attempts.size() - 1);
            if (parts.length == 3) {
                int n;
                try {
                    n = Integer.parseInt(parts[2]);
                } catch (NumberFormatException e) {
                    n = -1;
                }
                var found = store.attempt(new AttemptKey(runId, parts[1], Math.max(1, n)));
                if (n < 1 || found.isEmpty()) {
                    err.println("cis: task " + TaskText.label(task) + " has " + TaskText.attemptRange(attempts.size())
                            + ", not " + parts[2]);
                    return ExitCodes.USAGE;
                }
                a = found.get();
            }
            if (!json && !prompt && !raw && System.console() != null) {
                err.println(TaskText.attemptHeader(task, a, attempts.size()));
            }
            return print(out, store, a);
        } catch (StoreOpenException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (RunLookupException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private int print(PrintWriter out, RunStore store, AttemptRecord a) throws IOException, InterruptedException {
        if (json) {
            ObjectNode n = JsonOut.attempt(a, true);
            out.println(JsonOut.write(n));
            return ExitCodes.OK;
        }
        if (prompt) {
            out.println(a.prompt() == null ? "" : a.prompt());
            return ExitCodes.OK;
        }
        Path recording = a.recordingPath() == null ? null : Path.of(a.recordingPath());
        boolean ended = a.endedAt() != null;
        if (!follow || ended) {
            String text;
            if (raw && recording != null && Files.exists(recording)) {
                text = AsciicastReader.output(recording);
            } else if (ended && a.output() != null) {
                text = a.output();
            } else {
                text = recording != null && Files.exists(recording)
                        ? TerminalText.toPlainText(AsciicastReader.output(recording)) : "";
            }
            String shown = tail(text);
            out.print(shown);
            if (!shown.endsWith("\n") && !shown.isEmpty()) {
                out.println();
            }
            out.flush();
            return ExitCodes.OK;
        }
        return follow(out, store, a.key(), recording);
    }

    private String tail(String text) {
        if (tail == null) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        int n = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        int from = Math.max(0, n - tail);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, n)) + (n > from ? "\n" : "");
    }

    private int follow(PrintWriter out, RunStore store, AttemptKey key, Path recording)
            throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> say = line -> {
            out.flush();
            err.println(line);
            err.flush();
        };
        try (NodeConnection node = services.connection(say).connectIfRunning()) {
            return new LogFollower(out, store, raw, key, recording).run(node, say);
        } catch (NodeException e) {
            return NodeErrors.report(err, e);
        }
    }
}
