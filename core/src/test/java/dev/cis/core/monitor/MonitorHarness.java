package dev.cis.core.monitor;

import dev.cis.core.session.Await;
import dev.cis.core.agent.AgentProfile;
import dev.cis.core.agent.BuiltinProfiles;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.EventBus;
import dev.cis.core.event.SessionBlocked;
import dev.cis.core.event.SessionRecovered;
import dev.cis.core.session.PtySession;
import dev.cis.core.session.Session;
import dev.cis.core.session.SessionSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Real sessions in pseudo-terminals watched by real monitors; collects what they report. */
final class MonitorHarness implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** A call of the executor's {@code sessionBlocked}. */
    record Report(String sessionId, boolean blocked, String reason) {
    }

    final EventBus bus = new EventBus();
    final List<CisEvent> events = new CopyOnWriteArrayList<>();
    final List<Report> reports = new CopyOnWriteArrayList<>();
    final SessionMonitors monitors;
    private final Path dir;
    private final List<Session> sessions = new ArrayList<>();
    private int count;

    MonitorHarness(Path dir, MonitorSettings settings) {
        this.dir = dir;
        bus.subscribe(events::add);
        monitors = new SessionMonitors(bus, Clock.systemUTC(),
                (id, blocked, reason) -> reports.add(new Report(id, blocked, reason)), settings);
    }

    /** Settings for tests: the defaults with a short silence. */
    static MonitorSettings quick() {
        return MonitorSettings.defaults().withSilence(Duration.ofSeconds(1)).withProbeEvery(Duration.ofMillis(250));
    }

    Session sh(String script) throws Exception {
        return start(List.of("/bin/sh", "-c", script), BuiltinProfiles.shell());
    }

    Session start(List<String> command, AgentProfile profile) throws Exception {
        Session s = PtySession.start(SessionSpec.builder(command).id("s" + (++count)).workDir(dir)
                .killGrace(Duration.ofMillis(500)).build());
        sessions.add(s);
        monitors.watch(s, profile);
        return s;
    }

    /** A fake agent following {@code prompt}, watched with the fake agent's profile. */
    Session fakeAgent(String prompt) throws Exception {
        return fakeAgent(prompt, BuiltinProfiles.fakeAgent());
    }

    Session fakeAgent(String prompt, AgentProfile profile) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(profile.executable());
        command.addAll(profile.args());
        command.add(prompt);
        return start(command, profile);
    }

    List<SessionBlocked> blocked(Session s) {
        return events.stream().filter(e -> e instanceof SessionBlocked b && b.sessionId().equals(s.id()))
                .map(SessionBlocked.class::cast).toList();
    }

    List<SessionRecovered> recovered(Session s) {
        return events.stream().filter(e -> e instanceof SessionRecovered r && r.sessionId().equals(s.id()))
                .map(SessionRecovered.class::cast).toList();
    }

    SessionBlocked awaitBlocked(Session s) {
        return await("a SessionBlocked of " + s.id(), () -> blocked(s).isEmpty() ? null : blocked(s).get(0), s);
    }

    SessionRecovered awaitRecovered(Session s) {
        return await("a SessionRecovered of " + s.id(), () -> recovered(s).isEmpty() ? null : recovered(s).get(0), s);
    }

    <T> T await(String what, java.util.function.Supplier<T> found, Session s) {
        return Await.value(what, TIMEOUT, found, () -> "events: " + events + "; screen: "
                + monitors.monitor(s.id()).map(SessionMonitor::screenLines).orElse(List.of()));
    }

    /** Waits until the rendered screen of {@code s} has a line matching {@code line}. */
    void awaitScreen(Session s, Predicate<String> line) {
        await("a screen line of " + s.id(), () -> monitors.monitor(s.id()).map(SessionMonitor::screenLines)
                .filter(lines -> lines.stream().anyMatch(line)).orElse(null), s);
    }

    static int exitCode(Session s) throws Exception {
        return s.exitFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        sessions.forEach(Session::kill);
        monitors.close();
        bus.close();
    }
}
