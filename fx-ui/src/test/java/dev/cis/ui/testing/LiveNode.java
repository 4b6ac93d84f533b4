package dev.cis.ui.testing;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.config.CisConfig;
import dev.cis.core.config.CisHome;
import dev.cis.core.event.SessionBlocked;
import dev.cis.core.event.SessionRecovered;
import dev.cis.core.node.BlockedSessions;
import dev.cis.core.node.Engine;
import dev.cis.core.node.LocalNode;
import dev.cis.core.session.TerminalText;
import dev.cis.core.store.RunStore;
import dev.cis.core.store.SqliteRunStore;
import dev.cis.ui.action.RecentFiles;
import dev.cis.ui.live.LiveServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real node for tests: an engine on a temporary cis home, the in-process node API on it, and a store opened
 * apart for reading, as the window does. Until the session monitor runs in the engine, {@link #block} and
 * {@link #recover} do what it does when a session waits for a person: publish the event and set the task's
 * status.
 */
public final class LiveNode implements AutoCloseable {

    private final Path home;
    private final Engine engine;
    private final LocalNode node;
    private final RunStore store;
    private final ExecutorService io = NamedThreads.cached("test-gui-io");
    private final Map<String, BlockedSessions.BlockState> blocked = new ConcurrentHashMap<>();

    private LiveNode(Path home) throws Exception {
        this.home = home;
        CisHome h = CisHome.at(home);
        engine = Engine.open(h, CisConfig.defaults(h.configFile()), "test-node", Clock.systemUTC());
        node = new LocalNode(engine, "test", new BlockedSessions() {
            @Override
            public Optional<BlockState> state(String sessionId) {
                return Optional.ofNullable(blocked.get(sessionId));
            }

            @Override
            public void recordAnswer(String sessionId, String input) {
                // answers are seen in the session's recording
            }
        }, () -> { });
        store = SqliteRunStore.open(h);
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

    /** Reports a session as waiting for a person, as the session monitor does. */
    public void block(String sessionId, String reason, List<String> screen, List<String> choices) {
        blocked.put(sessionId, new BlockedSessions.BlockState(reason, "pattern:yes_no", screen, Instant.now()));
        engine.bus().publish(new SessionBlocked(Instant.now(), sessionId, reason, "pattern:yes_no", screen, choices));
        engine.executor().sessionBlocked(sessionId, true, reason);
    }

    /** Reports a blocked session as going on, as the session monitor does. */
    public void recover(String sessionId) {
        blocked.remove(sessionId);
        engine.bus().publish(new SessionRecovered(Instant.now(), sessionId, SessionRecovered.How.INPUT));
        engine.executor().sessionBlocked(sessionId, false, null);
    }

    /** Waits until the live session {@code sessionId} shows {@code text} on its screen. */
    public void awaitScreen(String sessionId, String text, double seconds) {
        try {
            WaitForAsyncUtils.waitFor((long) (seconds * 1000), java.util.concurrent.TimeUnit.MILLISECONDS,
                    () -> engine.executor().liveAttempt(sessionId).map(a -> TerminalText.toPlainText(
                            a.session().session().recentOutput()).contains(text)).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(sessionId + " did not show '" + text + "' within " + seconds + " s", e);
        }
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
        engine.close();
        store.close();
        io.shutdownNow();
    }
}
