package dev.cis.core.monitor;

import dev.cis.core.agent.AgentProfile;
import dev.cis.core.agent.AutoAnswer;
import dev.cis.core.event.SessionBlocked;
import dev.cis.core.event.SessionRecovered;
import dev.cis.core.monitor.BlockedSessions.BlockState;
import dev.cis.core.session.Session;
import dev.cis.core.session.SessionListener;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one session for "waiting for a person". Its output is rendered on a {@link HeadlessScreen}; on each
 * tick of {@link SessionMonitors} (at most once per evaluation period, and only when output arrived) the screen is
 * searched for the profile's questions; notification requests (OSC 9, OSC 777) and silence while the program
 * reads its terminal are the other signals. A {@link BlockTracker} debounces them into
 * {@link SessionBlocked}/{@link SessionRecovered} events.
 *
 * <p>The session's listener thread only queues bytes; everything else runs on the monitor thread.
 */
public final class SessionMonitor implements SessionListener.Direct {

    /** Output kept between two evaluations: a few screens' worth; a flood keeps only its end. */
    static final int MAX_PENDING = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SessionMonitor.class);
    private static final int SHOWN_LINES = 8;
    /**
     * While output keeps flowing the screen of a running session is evaluated at most this often: a program
     * waiting for a person stops printing (then the next tick evaluates), and emulating every byte of a flood
     * is most of a busy node's CPU; a flood (more than the pending queue holds) is not evaluated until it stops.
     * A blocked session is evaluated at every tick, so that its recovery shows at once.
     */
    static final long BUSY_EVALUATION_NANOS = 1_000_000_000L;

    private final Session session;
    private final MonitorContext context;
    private final PatternDetector patterns;
    private final BlockTracker tracker;
    private final ProcessWatch processes;
    private final HeadlessScreen screen;
    private final PendingOutput pending = new PendingOutput(MAX_PENDING);
    private volatile boolean ended;
    private volatile boolean answered;
    private volatile BlockState block;
    private volatile long evaluations;
    private volatile ScreenSnapshot snapshot;
    private long changedAt;
    private long renderedAt;
    private Candidate question;
    private Notification notification;
    private long notifiedAt;
    private boolean autoAnswered;

    SessionMonitor(Session session, AgentProfile profile, MonitorContext context, long now) {
        this.session = session;
        this.context = context;
        MonitorSettings s = context.settings();
        this.patterns = new PatternDetector(profile, s.questionLines());
        this.tracker = new BlockTracker(s.debounce().toNanos());
        this.processes = new ProcessWatch(context.probe(), session.pid(), s.probeEvery().toNanos());
        this.screen = new HeadlessScreen(session.cols(), session.rows());
        this.snapshot = screen.snapshot();
        this.changedAt = now;
    }

    public String sessionId() {
        return session.id();
    }

    /** The block being reported, empty while the session runs. */
    public Optional<BlockState> block() {
        return Optional.ofNullable(block);
    }

    /** How many times the screen was evaluated (output is coalesced between two evaluations). */
    public long evaluations() {
        return evaluations;
    }

    /** The rendered screen as last evaluated, one string per row. */
    public List<String> screenLines() {
        return snapshot.lines();
    }

    @Override
    public void onOutput(byte[] chunk) {
        pending.add(chunk);
    }

    @Override
    public void onOverflow(long droppedBytes) {
        pending.lost();
    }

    @Override
    public void onExit(int exitCode) {
        ended = true;
    }

    boolean ended() {
        return ended;
    }

    /** A person sent {@code input} to the session. */
    void answered(String input) {
        answered = true;
        LOG.info("session {}: a person answered ({} characters)", session.id(), input.length());
    }

    /** Evaluates what arrived since the last tick; called by the monitor thread only. */
    void tick(long now) {
        boolean changed = render(now);
        if (changed) {
            question = patterns.detect(snapshot).orElse(null);
            if (notification != null && now - notifiedAt > context.settings().debounce().toNanos()) {
                notification = null;
            }
        }
        Candidate current = question != null ? question : notification != null ? notified() : silent(now);
        switch (tracker.update(now, current)) {
            case BLOCK -> block(now, tracker.pending());
            case RECOVER -> recover();
            default -> {
                // nothing to report
            }
        }
    }

    /** Feeds the queued output to the screen; true when the screen text changed. */
    private boolean render(long now) {
        boolean resized = session.cols() != screen.cols() || session.rows() != screen.rows();
        boolean flowing = !pending.quietSince(now - context.settings().evaluateEvery().toNanos());
        if (flowing && !resized && block == null
                && (now - renderedAt < BUSY_EVALUATION_NANOS || pending.overflowed())) {
            return false;
        }
        renderedAt = now;
        PendingOutput.Taken out = pending.take();
        if (out.lost()) {
            screen.reset();
        }
        screen.resize(session.cols(), session.rows());
        if (out.length() == 0 && !resized && !out.lost()) {
            return false;
        }
        for (Notification n : screen.feed(out.bytes(), out.offset(), out.length())) {
            LOG.info("session {}: notification {} \"{}\"", session.id(), n.signal(), n.text());
            notification = n;
            notifiedAt = now;
        }
        evaluations++;
        ScreenSnapshot next = screen.snapshot();
        if (next.equals(snapshot)) {
            return false;
        }
        snapshot = next;
        changedAt = now;
        return true;
    }

    private Candidate notified() {
        List<String> shown = snapshot.tail(SHOWN_LINES);
        return new Candidate(notification.signal(), "notification: " + notification.text(),
                notification.text() + "@" + notifiedAt, shown, Choices.in(shown), null);
    }

    private Candidate silent(long now) {
        MonitorSettings s = context.settings();
        if (!s.silenceEnabled() || now - changedAt < s.silence().toNanos()) {
            return null;
        }
        if (processes.terminalWait(now, changedAt) != TerminalWait.READING || !processes.idle()) {
            return null;
        }
        List<String> shown = snapshot.tail(SHOWN_LINES);
        String last = shown.isEmpty() ? "" : PatternDetector.question(shown.get(shown.size() - 1));
        String reason = "waits for input (screen unchanged for " + shortly(s.silence()) + ", reading the terminal)"
                + (last.isEmpty() ? "" : ": " + last);
        return new Candidate("silence", reason, "silence", shown, Choices.in(shown), null);
    }

    private static String shortly(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private void block(long now, Candidate c) {
        if (!c.signal().equals("silence")
                && processes.terminalWait(now, tracker.pendingSince()) == TerminalWait.NOT_READING) {
            return; // the question is on screen but the program went on without reading an answer
        }
        tracker.reported(c);
        answered = false;
        autoAnswered = false;
        block = new BlockState(c.reason(), c.signal(), c.lines(), context.clock().instant());
        LOG.info("session {} waits for a person ({}): {}", session.id(), c.signal(), c.reason());
        context.bus().publish(new SessionBlocked(context.clock().instant(), session.id(), c.reason(), c.signal(),
                c.lines(), c.choices()));
        context.reporter().sessionBlocked(session.id(), true, c.reason());
        if (c.auto() != null) {
            autoAnswer(c.auto());
        }
    }

    private void autoAnswer(AutoAnswer rule) {
        LOG.info("session {}: auto-answer rule {} replies {}", session.id(), rule.name(),
                rule.reply().replace("\r", "⏎").replace("\u001b", "Esc"));
        autoAnswered = true;
        session.write(rule.reply());
    }

    private void recover() {
        // a person who answered after an automatic reply did not help is the one who unblocked it
        SessionRecovered.How how = answered ? SessionRecovered.How.INPUT
                : autoAnswered ? SessionRecovered.How.AUTO : SessionRecovered.How.DETECTED;
        block = null;
        answered = false;
        autoAnswered = false;
        LOG.info("session {} runs again ({})", session.id(), how.name().toLowerCase(java.util.Locale.ROOT));
        context.bus().publish(new SessionRecovered(context.clock().instant(), session.id(), how));
        context.reporter().sessionBlocked(session.id(), false, switch (how) {
            case INPUT -> "answered by a person";
            case AUTO -> "answered automatically";
            case DETECTED -> "went on by itself";
        });
    }

    /**
     * The session ended (or is no longer watched): nothing waits any more. No recovery is reported: the end of the
     * session (completed, failed) says what became of it.
     */
    void close() {
        tracker.clear();
        block = null;
        session.removeListener(this);
    }
}
