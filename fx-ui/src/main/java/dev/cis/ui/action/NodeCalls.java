package dev.cis.ui.action;

import dev.cis.core.node.NodeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs node calls off the UI thread and reports on it: a status message when done, a problem when not. The
 * returned futures complete on the UI executor.
 */
final class NodeCalls {

    private static final Logger LOG = LoggerFactory.getLogger(NodeCalls.class);

    /** A call to the node (or a file) that may fail. */
    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    private final Consumer<String> status;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<ActionProblem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private Executor io;

    NodeCalls(Consumer<String> status, Executor fx) {
        this.status = status;
        this.fx = fx;
    }

    void setIo(Executor io) {
        this.io = io;
    }

    /**
     * Runs {@code call} on the I/O executor. {@code doing} (when not null) is shown at once; {@code done} turns the
     * result into the message shown after it. On failure the problem is set and the future fails.
     */
    <T> CompletableFuture<T> run(String doing, Call<T> call, Function<T, String> done) {
        if (io == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("not connected to a node"));
        }
        if (doing != null) {
            status.accept(doing);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                return call.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, io).whenCompleteAsync((value, error) -> {
            if (error == null) {
                status.accept(done.apply(value));
                result.complete(value);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                ActionProblem p = problemOf(cause);
                status.accept(p.title());
                problem.set(p);
                result.completeExceptionally(cause);
            }
        }, fx);
        return result;
    }

    private static ActionProblem problemOf(Throwable e) {
        if (e instanceof ActionFailure f) {
            return f.problem();
        }
        if (e instanceof NodeException n) {
            return new ActionProblem(n.kind() == NodeException.Kind.UNAVAILABLE ? "The node cannot be reached"
                    : "The node refused", n.getMessage());
        }
        LOG.warn("action failed", e);
        return new ActionProblem("The action failed", e.getMessage() == null ? e.toString() : e.getMessage());
    }

    void clearProblem() {
        problem.set(null);
    }

    ReadOnlyObjectProperty<ActionProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A failure that already says what to tell the person. */
    static final class ActionFailure extends Exception {

        private final transient ActionProblem problem;

        ActionFailure(ActionProblem problem) {
            super(problem.title() + ": " + problem.details());
            this.problem = problem;
        }

        ActionProblem problem() {
            return problem;
        }
    }
}
