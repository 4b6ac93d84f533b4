package dev.cis.app.cli;

import dev.cis.app.node.NodeConnection;
import dev.cis.core.text.Plural;
import dev.cis.app.services.AppServices;
import dev.cis.core.node.Attachment;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.session.SessionListener;
import dev.cis.core.store.StoreOpenException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cis dag attach SESSION [--readonly]}: the session's terminal, both ways, in this terminal. */
@Command(
        name = "attach",
        mixinStandardHelpOptions = true,
        description = {
            "Join a live session's terminal: you see its screen (the recent output first, then live) and what "
                    + "you type goes to the agent; the session follows your window size. Several people may "
                    + "attach to one session at once.",
            "Detach with Ctrl+] (the session keeps running). Closing this terminal detaches too.",
        },
        footerHeading = "%nExamples:%n",
        footer = {"  cis dag attach k3f9:frontend", "  cis dag attach k3f9:review:2 --readonly"})
public final class DagAttachCommand implements Callable<Integer> {

    /** Ctrl+]: the detach key. */
    static final int DETACH = 0x1d;

    /** What {@link #attach} returns when the node went away while attached. */
    private static final int LOST = -1;
    private static final long LOST_CHECK_MILLIS = 200;

    private final AppServices services;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SESSION", description = "RUN:TASK[:ATTEMPT] (see 'cis dag sessions').")
    String session;

    @Option(names = "--readonly", description = "Watch only: keystrokes are not sent (Ctrl+] still detaches).")
    boolean readonly;

    public DagAttachCommand(AppServices services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try (NodeConnection connection = services.connection(line -> {
            err.println(line);
            err.flush();
        }).connect(true)) {
            String id = SessionTargets.live(services.store(), connection.api(), session);
            int code;
            try (Terminal terminal = TerminalBuilder.builder().system(true).jansi(false).build()) {
                code = attach(connection.api(), id, terminal);
            } catch (NodeException e) {
                if (e.kind() != NodeException.Kind.UNAVAILABLE) {
                    throw e;
                }
                code = LOST; // the node went away while attaching
            }
            return code == LOST ? sessionGone(connection, id, err) : code;
        } catch (NodeException e) {
            return NodeErrors.report(err, e);
        } catch (StoreOpenException e) {
            err.println("cis: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private int attach(NodeApi node, String id, Terminal terminal) throws NodeException, IOException {
        OutputStream screen = terminal.output();
        CompletableFuture<String> ended = new CompletableFuture<>();
        SessionListener listener = new SessionListener() {
            @Override
            public void onOutput(byte[] chunk) {
                try {
                    screen.write(chunk);
                    screen.flush();
                } catch (IOException e) {
                    ended.complete("cannot write to this terminal: " + e.getMessage());
                }
            }

            @Override
            public void onOverflow(long droppedBytes) {
                note(screen, Plural.of(droppedBytes, "byte") + " skipped: this terminal could not keep up");
            }

            @Override
            public void onExit(int exitCode) {
                ended.complete("the session ended with exit code " + exitCode);
            }
        };
        note(screen, "attached to " + id + (readonly ? " (read-only)" : "") + "; detach with Ctrl+]");
        Attributes saved = terminal.enterRawMode();
        Thread restore = new Thread(() -> terminal.setAttributes(saved), "cis-attach-restore");
        Runtime.getRuntime().addShutdownHook(restore);
        try (Attachment attachment = node.attach(id, true, listener)) {
            if (terminal.getWidth() > 0 && terminal.getHeight() > 0) {
                attachment.resize(terminal.getWidth(), terminal.getHeight());
            }
            terminal.handle(Terminal.Signal.WINCH, s -> attachment.resize(terminal.getWidth(), terminal.getHeight()));
            Thread keys = new Thread(() -> pump(terminal.input(), attachment, ended), "cis-attach-input");
            keys.setDaemon(true);
            keys.start();
            String why = awaitEnd(ended, attachment);
            terminal.setAttributes(saved);
            if (why == null) {
                return LOST;
            }
            note(screen, why);
            return ExitCodes.OK;
        } finally {
            terminal.setAttributes(saved);
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException e) {
                // the JVM is already stopping; the hook restores the terminal
            }
        }
    }

    /** Why the attachment ended, or null when the connection to the node was lost first. */
    private static String awaitEnd(CompletableFuture<String> ended, Attachment attachment) {
        while (true) {
            try {
                return ended.get(LOST_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (!attachment.isAttached()) {
                    return ended.getNow(null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted; detached (the session keeps running)";
            } catch (ExecutionException e) {
                return "detached: " + e.getCause().getMessage();
            }
        }
    }

    /** The node went away with the session: start it again, so that it records how the attempt ended. */
    private static int sessionGone(NodeConnection connection, String id, PrintWriter err) throws NodeException {
        connection.restart();
        err.println("cis: session " + id + " is gone: it died with the node, which retries or fails its task"
                + " (see 'cis dag status " + id.substring(0, id.indexOf(':')) + "', 'cis dag logs " + id + "')");
        err.flush();
        return ExitCodes.FAILED;
    }

    private void pump(InputStream in, Attachment attachment, CompletableFuture<String> ended) {
        byte[] buf = new byte[4096];
        try {
            while (!ended.isDone()) {
                int n = in.read(buf);
                if (n < 0) {
                    ended.complete("input closed; detached (the session keeps running)");
                    return;
                }
                int detachAt = -1;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == DETACH) {
                        detachAt = i;
                        break;
                    }
                }
                int send = detachAt < 0 ? n : detachAt;
                if (!readonly && send > 0) {
                    attachment.write(java.util.Arrays.copyOf(buf, send));
                }
                if (detachAt >= 0) {
                    ended.complete("detached (the session keeps running)");
                    return;
                }
            }
        } catch (IOException e) {
            ended.complete("input failed: " + e.getMessage());
        }
    }

    private static void note(OutputStream screen, String text) {
        try {
            screen.write(("\r\n\u001b[7m[cis] " + text + "\u001b[0m\r\n").getBytes(StandardCharsets.UTF_8));
            screen.flush();
        } catch (IOException e) {
            // nothing to tell: the terminal is gone
        }
    }

}
