package dev.cis.app.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cis.core.config.CisHome;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** "Ready" means "answers": files that appear are never taken for a node that is up. */
@Timeout(120)
class NodeReadinessTest {

    @TempDir
    Path dir;

    @Test
    void aPidFileAndASocketFileThatDoesNotAnswerAreNotReady() throws Exception {
        NodeFiles files = new NodeFiles(CisHome.at(dir));
        CisHome.at(dir).ensureCreated();
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(files.socket()));
        }
        files.writePid(ProcessHandle.current().pid());
        assertThat(files.socket()).exists();
        assertThat(files.pidFile()).exists();

        assertThat(NodeReadiness.probe(files)).isEmpty();
        assertThatThrownBy(() -> NodeReadiness.await(files, Duration.ofMillis(500), Optional::empty))
                .isInstanceOf(NodeStartException.class).hasMessageContaining("did not answer on " + files.socket());
    }

    @Test
    void awaitReturnsWhatTheNodeSaysOnceItAnswers() throws Exception {
        try (RealNode node = new RealNode(dir)) {
            node.start();

            assertThat(NodeReadiness.await(node.files, Duration.ofSeconds(30), Optional::empty).pid())
                    .isEqualTo(node.pid());
        }
    }

    @Test
    void awaitStopsWaitingWhenTheNodeIsGone() {
        NodeFiles files = new NodeFiles(CisHome.at(dir));

        assertThatThrownBy(() -> NodeReadiness.await(files, Duration.ofSeconds(30), () -> Optional.of("it exited")))
                .isInstanceOf(NodeStartException.class).hasMessageStartingWith("it exited; the end of "
                        + files.log());
    }
}
