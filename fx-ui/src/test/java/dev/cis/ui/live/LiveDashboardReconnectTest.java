package dev.cis.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.node.socket.NodeServer;
import dev.cis.core.node.socket.SocketNodeClient;
import dev.cis.ui.action.RecentFiles;
import dev.cis.ui.main.ConnectionState;
import dev.cis.ui.main.MainWindowViewModel;
import dev.cis.ui.run.RunListRow;
import dev.cis.ui.testing.LiveNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard follows a node over its real socket; the node goes away and comes back. */
class LiveDashboardReconnectTest {

    @TempDir
    Path dir;

    private final ExecutorService ui = NamedThreads.single("test-ui");
    private final ExecutorService io = NamedThreads.cached("test-io");
    private LiveNode node;
    private NodeServer server;
    private SocketNodeClient client;
    private MainWindowViewModel model;
    private LiveDashboard dashboard;

    @BeforeEach
    void setUp() throws Exception {
        node = LiveNode.open(dir.resolve("home"));
        server = serve();
        client = SocketNodeClient.connect(socket(), "cis test");
        model = onUi(() -> MainWindowViewModel.create(Runnable::run, ui, Clock.systemUTC()));
        LiveServices services = new LiveServices(client, node.store(), node.engine().loader(),
                RecentFiles.under(node.home()), io);
        dashboard = onUi(() -> new LiveDashboard(model, services, ui, n -> { }, (run, task) -> { }));
    }

    @AfterEach
    void tearDown() {
        onUi(() -> {
            dashboard.close();
            return null;
        });
        client.close();
        server.close();
        ui.shutdownNow();
        io.shutdownNow();
        node.close();
    }

    private Path socket() {
        return dir.resolve("n.sock");
    }

    private NodeServer serve() throws Exception {
        return NodeServer.start(node.node(), socket(), "cis test", NodeServer.DEFAULT_STALL_TIMEOUT);
    }

    private <T> T onUi(Supplier<T> s) {
        try {
            return CompletableFuture.supplyAsync(s, ui).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ConnectionState state() {
        return onUi(() -> model.nodeStateProperty().get());
    }

    private String text() {
        return onUi(() -> model.nodeTextProperty().get());
    }

    private boolean listed(String runId) {
        return onUi(() -> model.runs().rows().stream().anyMatch(
                r -> r instanceof RunListRow.Entry e && e.run().runId().equals(runId)));
    }

    @Test
    void theNodeIndicatorSaysNodeStoppedWhenTheNodeGoesAway() throws Exception {
        onUi(dashboard::start).get(30, TimeUnit.SECONDS);
        assertThat(state()).isEqualTo(ConnectionState.CONNECTED);

        server.close();

        await().atMost(Duration.ofSeconds(30)).until(() -> state() == ConnectionState.DISCONNECTED);
        assertThat(text()).startsWith("Node: node stopped");
    }

    @Test
    void whenTheNodeIsBackTheDashboardReconnectsAndReloadsTheRuns() throws Exception {
        onUi(dashboard::start).get(30, TimeUnit.SECONDS);
        server.close();
        await().atMost(Duration.ofSeconds(30)).until(() -> state() == ConnectionState.DISCONNECTED);
        Path f = LiveNode.writeDag(dir, "later.toml", "[[tasks]]\nid = \"a\"\nagent = \"shell\"\ncommand = \"echo a\"\n");
        String run = node.node().submit(f, Files.readString(f), false).runId();

        server = serve();

        await().atMost(Duration.ofSeconds(60)).until(() -> state() == ConnectionState.CONNECTED && listed(run));
    }

    @Test
    void aStoppedDashboardDoesNotConnectAgain() throws Exception {
        onUi(dashboard::start).get(30, TimeUnit.SECONDS);
        server.close();
        await().atMost(Duration.ofSeconds(30)).until(() -> state() == ConnectionState.DISCONNECTED);
        onUi(() -> {
            dashboard.stop();
            return null;
        });

        server = serve();

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> state() == ConnectionState.DISCONNECTED);
    }
}
