package dev.cis.ui.terminal;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techsenger.jeditermfx.core.TtyConnector;
import dev.cis.core.concurrent.NamedThreads;
import dev.cis.core.model.TaskStatus;
import dev.cis.ui.testing.LiveNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.awaitility.Awaitility;

/** What a task's terminal is fed with: its live session, or its recording. Real sessions, no window. */
class TerminalOpenerTest {

    @TempDir
    Path dir;

    private LiveNode node;
    private TerminalOpener opener;
    private final ExecutorService readers = NamedThreads.cached("test-terminal-reader");

    @BeforeEach
    void open() throws Exception {
        node = LiveNode.open(dir.resolve("home"));
        opener = new TerminalOpener(node.node(), node.store(), node.services().io());
    }

    @AfterEach
    void close() {
        readers.shutdownNow();
        node.close();
    }

    private String start(String prompt) throws Exception {
        Path dag = LiveNode.writeDag(dir, "flow.toml", """
                [dag]
                name = "flow"
                default_agent = "fake-agent"

                [[dag.tasks]]
                id = "work"
                prompt = "%s"
                """.formatted(prompt));
        var s = node.node().submit(dag, Files.readString(dag), true);
        assertThat(s.ok()).as(s.diagnostics().toString()).isTrue();
        return s.runId();
    }

    private void awaitTask(String run, TaskStatus status) throws Exception {
        Awaitility.await("task work " + status.wireName()).atMost(Duration.ofSeconds(60))
                .until(() -> node.store().task(run, "work").map(t -> t.status() == status).orElse(false));
    }

    /** Reads from the connector until {@code text} came, or the end; returns what was read. */
    private String readUntil(TtyConnector c, String text) throws Exception {
        StringBuilder seen = new StringBuilder();
        CompletableFuture<String> f = CompletableFuture.supplyAsync(() -> {
            char[] buf = new char[512];
            try {
                int n;
                while (!seen.toString().contains(text) && (n = c.read(buf, 0, buf.length)) > 0) {
                    seen.append(buf, 0, n);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return seen.toString();
        }, readers);
        return f.get(60, TimeUnit.SECONDS);
    }

    @Test
    void aRunningTaskIsAttachedLiveWithItsRecentScreenAndTakesInput() throws Exception {
        String run = start("Ask. [ask: Go on? (y/n)] [output: went on]");
        node.awaitScreen(run + ":work:1", "(y/n)", 60);
        OpenedTerminal t = opener.open(run, "work").get(30, TimeUnit.SECONDS);
        assertThat(t.live()).isTrue();
        assertThat(t.sessionId()).isEqualTo(run + ":work:1");
        assertThat(readUntil(t.connector(), "(y/n)")).as("the replay of the screen").contains("fake-agent");

        t.connector().write("y\r");
        awaitTask(run, TaskStatus.COMPLETED);
        assertThat(readUntil(t.connector(), "exited with code 0")).contains("the program exited with code 0");
        t.connector().close();
    }

    @Test
    void detachingLeavesTheSessionRunning() throws Exception {
        String run = start("Wait. [sleep 60]");
        awaitTask(run, TaskStatus.RUNNING);
        OpenedTerminal t = opener.open(run, "work").get(30, TimeUnit.SECONDS);
        t.connector().close();
        assertThat(t.connector().isConnected()).isFalse();
        assertThat(node.isLive(run + ":work:1")).isTrue();
        assertThat(node.store().task(run, "work").orElseThrow().status()).isEqualTo(TaskStatus.RUNNING);
    }

    @Test
    void aFinishedTaskShowsItsRecordingReadOnly() throws Exception {
        String run = start("Print. [print-lines 2] [output: all done here]");
        awaitTask(run, TaskStatus.COMPLETED);
        OpenedTerminal t = opener.open(run, "work").get(30, TimeUnit.SECONDS);
        assertThat(t.live()).isFalse();
        assertThat(t.connector()).isInstanceOf(RecordingTtyConnector.class);
        String text = readUntil(t.connector(), "end of the recording");
        assertThat(text).contains("recording of " + run + ":work:1 (completed, exit code 0), read-only")
                .contains("all done here").contains("end of the recording");
        t.connector().write("ignored");
        assertThat(t.connector().read(new char[8], 0, 8)).isEqualTo(-1);
    }

    @Test
    void aTaskThatHasNotStartedHasNoTerminal() throws Exception {
        Path dag = LiveNode.writeDag(dir, "gated.toml", """
                [dag]
                name = "gated"
                default_agent = "fake-agent"

                [[dag.tasks]]
                id = "work"
                prompt = "Wait for approval."
                level = { type = "confirmed" }
                """);
        var s = node.node().submit(dag, Files.readString(dag), true);
        awaitTask(s.runId(), TaskStatus.WAITING_APPROVAL);
        assertThatThrownBy(() -> opener.open(s.runId(), "work").get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TerminalUnavailableException.class)
                .hasMessageContaining("'work' has not started yet");
    }
}
