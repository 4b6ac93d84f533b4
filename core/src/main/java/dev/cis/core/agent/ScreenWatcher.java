package dev.cis.core.agent;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.session.PlainTextBuilder;
import dev.cis.core.session.Session;
import dev.cis.core.session.SessionListener;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the text of one agent session for the profile's patterns: the ready pattern (then types the
 * prompt) and the finished pattern (then, once the screen stayed
 * unchanged for the profile's quiet time, ends the session). Patterns are searched in the last
 * {@value #TAIL_CHARS} characters of the escape-stripped output since the last action.
 */
final class ScreenWatcher implements SessionListener {

    static final int TAIL_CHARS = 4000;
    private static final Logger LOG = LoggerFactory.getLogger(ScreenWatcher.class);
    private static final ScheduledExecutorService TIMER = NamedThreads.scheduled("cis-agent-watch", 1);
    private static final String PASTE_START = "\u001b[200~";
    private static final String PASTE_END = "\u001b[201~";

    private final Session session;
    private final AgentProfile profile;
    private final String prompt;
    private final CompletableFuture<Void> delivered;
    private final CompletableFuture<AgentExit> done = new CompletableFuture<>();
    private PlainTextBuilder text = new PlainTextBuilder(2 * TAIL_CHARS);
    private boolean waitingForReady;
    private volatile boolean finishedByPattern;

    ScreenWatcher(Session session, AgentProfile profile, String prompt, CompletableFuture<Void> delivered) {
        this.session = session;
        this.profile = profile;
        this.prompt = prompt;
        this.delivered = delivered;
        this.waitingForReady = profile.promptDelivery() == PromptDelivery.TYPED;
    }

    /** Completes after this watcher has seen all the output and the exit of the session. */
    CompletableFuture<AgentExit> done() {
        return done;
    }

    @Override
    public void onOutput(byte[] chunk) {
        text.append(chunk);
        String tail = tail(text.text());
        if (waitingForReady) {
            if (profile.readyPattern().matcher(tail).find()) {
                waitingForReady = false;
                typePrompt();
                reset();
            }
            return;
        }
        Pattern finished = profile.finishedPattern();
        if (finished != null && finished.matcher(tail).find()) {
            long seen = session.bytesOut();
            TIMER.schedule(() -> finishIfQuiet(seen), profile.finishedQuiet().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void onOverflow(long droppedBytes) {
        reset();
    }

    @Override
    public void onExit(int exitCode) {
        if (!delivered.isDone()) {
            delivered.completeExceptionally(new IllegalStateException("agent \"" + profile.name()
                    + "\" ended (exit " + exitCode + ") before its ready pattern " + profile.readyPattern().pattern()
                    + " showed; the prompt was not typed"));
        }
        done.complete(finishedByPattern ? new AgentExit(0, true) : new AgentExit(exitCode, false));
    }

    private void typePrompt() {
        LOG.debug("session {}: ready pattern seen, typing the prompt", session.id());
        if (profile.bracketedPaste()) {
            session.write(PASTE_START + prompt + PASTE_END);
        } else {
            session.write(prompt.replace("\r\n", "\n").replace('\n', '\r'));
        }
        TIMER.schedule(() -> {
            session.write("\r");
            delivered.complete(null);
        }, profile.submitDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void finishIfQuiet(long seen) {
        if (session.isAlive() && session.bytesOut() == seen) {
            LOG.info("session {}: finished pattern showing and output quiet; ending the session", session.id());
            finishedByPattern = true;
            session.kill();
        }
    }

    private void reset() {
        text = new PlainTextBuilder(2 * TAIL_CHARS);
    }

    private static String tail(String s) {
        return s.length() <= TAIL_CHARS ? s : s.substring(s.length() - TAIL_CHARS);
    }
}
