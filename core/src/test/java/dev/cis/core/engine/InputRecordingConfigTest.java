package dev.cis.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cis.core.config.CisConfig;
import dev.cis.core.config.CisHome;
import dev.cis.core.session.AsciicastReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code record_input} of config.toml decides whether recordings of a node keep input. */
class InputRecordingConfigTest {

    @TempDir
    Path dir;

    private static final String READS_A_LINE = """
            [dag]
            name = "reads"

            [[dag.tasks]]
            id = "read"
            agent = "shell"
            command = 'read line; echo "got:$line"'
            """;

    private Path recordingOfAnAnsweredTask(String configText) throws Exception {
        CisHome home = CisHome.at(dir.resolve("home"));
        CisConfig config = CisConfig.parse(configText, home.configFile());
        try (Engine engine = Engine.open(home, config, "node-test", Clock.systemUTC())) {
            LocalNode node = new LocalNode(engine, "test", engine.monitor(), () -> { });
            String runId = node.submit(dir.resolve("reads.toml"), READS_A_LINE, true).runId();
            await().atMost(Duration.ofSeconds(30)).until(() -> !node.sessions(runId).isEmpty());
            node.unblock(runId + ":read:1", "typed-answer\r", 5000);
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.store().findRun(runId).orElseThrow().status()
                    .isTerminal());
            return home.recording(runId, "read", 1);
        }
    }

    @Test
    void byDefaultTheRecordingKeepsTheInput() throws Exception {
        Path rec = recordingOfAnAnsweredTask("");

        assertThat(AsciicastReader.read(rec).events()).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("i");
            assertThat(e.data()).isEqualTo("typed-answer\r");
        });
    }

    @Test
    void withRecordInputFalseTheRecordingKeepsNoInput() throws Exception {
        Path rec = recordingOfAnAnsweredTask("[node]\nrecord_input = false\n");

        assertThat(AsciicastReader.read(rec).events()).extracting(AsciicastReader.Event::code).doesNotContain("i");
    }
}
