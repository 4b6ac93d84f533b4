package dev.cis.ui.testing;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.config.CisConfig;
import dev.cis.core.config.CisHome;
import dev.cis.core.event.SessionEvent;
import dev.cis.core.event.Subscription;
import dev.cis.core.engine.Engine;
import dev.cis.core.engine.LocalNode;
import dev.cis.core.session.TerminalText;
import dev.cis.core.model.AttemptKey;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.SqliteRunStore;
import dev.cis.ui.action.RecentFiles;
import dev.cis.ui.live.LiveServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real node for tests: an engine on a temporary cis home, the in-process node API on it with the engine's
 * session monitor (a session that asks a question is found blocked as in the node process), and a store opened
 * apart for reading, as the window does. It keeps the session events it saw, for tests to check how a session
 * went on.
 */
public final class LiveNode implements AutoCloseable {

    private final Path home;
    private final Engine engine;
    private final LocalNode node;
    private final RunStore store;
    private final ExecutorService io = NamedThreads.cached("test-gui-io");
    private final List<SessionEvent> sessionEvents = new CopyOnWriteArrayList<>();
    private final Subscription recording;

    private LiveNode(Path home) throws Exception {
        this.home = home;
        CisHome h = CisHome.at(home);
        engine = Engine.open(h, CisConfig.defaults(h.configFile()), "test-node", Clock.systemUTC());
        node = new LocalNode(engine, "test", engine.monitor(), () -> { });
        store = SqliteRunStore.open(h);
        recording = engine.bus().subscribe("test-session-events",
                e -> e instanceof SessionEvent,
                e -> sessionEvents.add((SessionEvent) e));
    }

    /** A node on {@code dir} (created when missing). */
    public static LiveNode open(Path dir) throws Exception {
        return new LiveNode(dir);
    }

    public LiveServices services() {
        return new LiveServices(node, store, engine.loader(), RecentFiles.under(home), io);
    }

    public Engine engine() {
        return engine;
    }

    public LocalNode node() {
        return node;
    }

    public RunStore store() {
        return store;
    }

    public Path home() {
        return home;
    }

    /** Waits until the live session {@code sessionId} shows {@code text} on its screen. */
    public void awaitScreen(String sessionId, String text, double seconds) {
        try {
            WaitForAsyncUtils.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS,
                    () -> engine.executor().liveAttempt(sessionId).map(a -> TerminalText.toPlainText(
                            a.session().session().recentOutput()).contains(text)).orElse(false));
        } catch (TimeoutException e) {
            throw new AssertionError(sessionId + " did not show '" + text + "' within " + seconds + " s", e);
        }
    }

    /** Waits for a session event of {@code type} that {@code test} accepts (also one already seen). */
    public <T extends SessionEvent> T awaitEvent(Class<T> type, Predicate<T> test, double seconds) {
        try {
            WaitForAsyncUtils.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS,
                    () -> find(type, test).isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no " + type.getSimpleName() + " as expected within " + seconds + " s; seen: "
                    + sessionEvents, e);
        }
        return find(type, test).orElseThrow();
    }

    private <T extends SessionEvent> Optional<T> find(Class<T> type, Predicate<T> test) {
        return sessionEvents.stream().filter(type::isInstance).map(type::cast).filter(test).findFirst();
    }

    /** The recording (asciicast text) of an attempt that ended. */
    public String recording(String runId, String taskId, int attempt) throws IOException {
        AttemptRecord a = store.attempt(new AttemptKey(runId, taskId, attempt)).orElseThrow();
        return Files.readString(Path.of(a.recordingPath()));
    }

    /** True while the session of {@code sessionId} runs. */
    public boolean isLive(String sessionId) {
        return engine.executor().liveAttempt(sessionId).isPresent();
    }

    /** The repository's example DAG {@code name} (e.g. {@code demo.toml}). */
    public static Path example(String name) {
        return Path.of(System.getProperty("cis.repo.root", "..")).resolve("resources/examples").resolve(name)
                .toAbsolutePath().normalize();
    }

    /** Writes a DAG file into {@code dir}. */
    public static Path writeDag(Path dir, String name, String toml) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, toml);
        return f;
    }

    @Override
    public void close() {
        recording.close();
        engine.close();
        store.close();
        io.shutdownNow();
    }
}
