package dev.cis.app.cli;

import dev.cis.app.node.NodeConnection;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.node.NodeException;
import dev.cis.core.session.AsciicastTail;
import dev.cis.core.session.PlainTextBuilder;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.RunStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code cis dag logs -f}: prints a live attempt's output as its recording grows, until the attempt ends. When the
 * node goes away meanwhile, it is started again (its recovery ends the attempt that died with it) and the task's
 * next attempt is followed, until the task ends.
 */
final class LogFollower {

    private static final long POLL_MILLIS = 200;

    private final PrintWriter out;
    private final RunStore store;
    private final boolean raw;
    private AttemptKey key;
    private AsciicastTail tail;
    private PlainTextBuilder plain;
    private int printed;

    LogFollower(PrintWriter out, RunStore store, boolean raw, AttemptKey key, Path recording) {
        this.out = out;
        this.store = store;
        this.raw = raw;
        follow(key, recording);
    }

    private void follow(AttemptKey k, Path recording) {
        key = k;
        tail = new AsciicastTail(recording);
        plain = new PlainTextBuilder();
        printed = 0;
    }

    /** Follows until the attempt (after a restart of the node: the task) ended; returns the exit code. */
    int run(NodeConnection node, Consumer<String> say) throws IOException, InterruptedException, NodeException {
        try {
            node.subscribe(e -> { });
        } catch (NodeException e) {
            // no node answers: the check below starts one
        }
        boolean restarted = false;
        while (true) {
            boolean ended = store.attempt(key).map(x -> x.endedAt() != null).orElse(true);
            printNew(ended);
            if (ended) {
                if (!restarted) {
                    return ExitCodes.OK;
                }
                Optional<AttemptRecord> next = newerAttempt();
                if (next.isPresent()) {
                    say.accept("cis: attempt " + key.attempt() + " ended with the node; following attempt "
                            + next.get().key().attempt());
                    follow(next.get().key(), Path.of(next.get().recordingPath()));
                    continue;
                }
                if (store.task(key.runId(), key.taskId()).map(t -> t.status().isTerminal()).orElse(true)) {
                    return ExitCodes.OK;
                }
            } else if (node.lost()) {
                node.reconnect(key.runId() + ":" + key.taskId());
                restarted = true;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
    }

    private Optional<AttemptRecord> newerAttempt() {
        List<AttemptRecord> all = store.attempts(key.runId(), key.taskId());
        return all.stream().filter(a -> a.key().attempt() > key.attempt() && a.recordingPath() != null)
                .reduce((a, b) -> b);
    }

    private void printNew(boolean ended) throws IOException {
        tail.poll(chunk -> {
            if (raw) {
                out.print(chunk);
            } else {
                plain.append(chunk);
            }
        });
        if (!raw) {
            String text = plain.text();
            int complete = ended ? text.length() : text.lastIndexOf('\n') + 1;
            if (complete > printed) {
                out.print(text.substring(printed, complete));
                printed = complete;
            }
        }
        out.flush();
    }
}
