package dev.cis.app.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cis.core.config.CisHome;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What commands and the GUI use to reach the node: connect, or start one and connect. */
@Timeout(180)
class NodeConnectorTest {

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
    void withoutANodeAndWithoutStartingOneTheNodeIsUnavailableAndTheLogIsNamed() {
        assertThatThrownBy(() -> connector.open(CisHome.at(dir), false))
                .isInstanceOfSatisfying(NodeException.class, e -> {
                    assertThat(e.kind()).isEqualTo(NodeException.Kind.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("no node is running for " + dir)
                            .contains("cis node start").contains(node.files.log().toString());
                });
    }

    @Test
    void startIfMissingStartsANodeThatOutlivesTheClient() throws Exception {
        long pid;
        try (NodeApi api = connector.open(CisHome.at(dir), true)) {
            pid = api.info().pid();
        }

        assertThat(node.pid()).isEqualTo(pid);
        try (NodeApi again = connector.open(CisHome.at(dir), false)) {
            assertThat(again.info().pid()).isEqualTo(pid);
        }
    }

    @Test
    void aRunningNodeIsReusedRatherThanStartedAgain() throws Exception {
        node.start();
        long pid = node.pid();

        try (NodeApi api = connector.open(CisHome.at(dir), true)) {
            assertThat(api.info().pid()).isEqualTo(pid);
        }
    }
}
