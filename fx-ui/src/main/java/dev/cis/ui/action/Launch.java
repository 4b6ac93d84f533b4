package dev.cis.ui.action;

import dev.cis.core.dag.DagLoader;
import dev.cis.core.dag.Diagnostic;
import dev.cis.core.dag.LoadResult;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.node.SubmitResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Running a DAG file: validate it here first (nothing runs when it has errors), then submit it to the node. */
final class Launch {

    private final NodeApi node;
    private final DagLoader loader;
    private final Path file;

    Launch(NodeApi node, DagLoader loader, Path file) {
        this.node = node;
        this.loader = loader;
        this.file = file;
    }

    SubmitResult call() throws NodeCalls.ActionFailure, NodeException {
        LoadResult checked = loader.load(file);
        if (!checked.ok()) {
            throw failure(checked.diagnostics());
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NodeCalls.ActionFailure(new ActionProblem("Cannot run " + file.getFileName(),
                    file + ": cannot read the file: " + e.getMessage()));
        }
        SubmitResult s = node.submit(file, text, true);
        if (!s.ok()) {
            throw failure(s.diagnostics());
        }
        return s;
    }

    private NodeCalls.ActionFailure failure(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        String details = diagnostics.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> !d.isError()))
                .map(Diagnostic::format)
                .collect(Collectors.joining("\n"));
        String title = "Cannot run " + file.getFileName() + ": " + errors.size()
                + (errors.size() == 1 ? " error" : " errors");
        return new NodeCalls.ActionFailure(new ActionProblem(title, details + "\n\nNothing was started."));
    }

    static String startedMessage(SubmitResult s) {
        long warnings = s.diagnostics().stream().filter(d -> !d.isError()).count();
        return "Started " + s.dagName() + " (" + s.taskCount() + (s.taskCount() == 1 ? " task" : " tasks")
                + "), run " + s.runId() + (warnings == 0 ? "" : ", " + warnings
                + (warnings == 1 ? " warning" : " warnings"));
    }
}
