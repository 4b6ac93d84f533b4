package dev.cis.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.config.CisHome;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.Subscription;
import dev.cis.core.node.NodeApi;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The window's node client starts the node again after it was killed. */
@Timeout(180)
class SelfStartingNodeTest {

    @TempDir
    Path dir;

    private RealNode node;
    private NodeConnector connector;

    @BeforeEach
    void setUp() {
        node = new RealNode(dir);
        connector = RealNode.connector();
    }

    @AfterEach
    void tearDown() throws Exception {
        node.close();
    }

    @Test
    void aSubscriptionAfterTheNodeWasKilledStartsANewNode() throws Exception {
        CisHome home = CisHome.at(dir);
        try (NodeApi api = SelfStartingNode.open(home, () -> connector.open(home, true))) {
            long first = api.info().pid();
            ProcessHandle killed = ProcessHandle.of(first).orElseThrow();
            killed.destroyForcibly();
            killed.onExit().get(30, TimeUnit.SECONDS);

            List<CisEvent> events = new CopyOnWriteArrayList<>();
            try (Subscription s = api.subscribe(events::add)) {
                long second = api.info().pid();
                assertThat(second).isNotEqualTo(first);
                assertThat(node.pid()).isEqualTo(second);
                assertThat(s.isActive()).isTrue();
            }
        }
    }
}
