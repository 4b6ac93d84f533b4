package dev.cis.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.app.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A node started in the background rotates logs/node.log by size while it runs. */
@Timeout(180)
class NodeLogRotationTest {

    @TempDir
    Path dir;

    private RealNode node;

    @BeforeEach
    void setUp() {
        node = new RealNode(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        node.close();
    }

    @Test
    void theLogOfARunningNodeRotatesAtItsLimitKeepingTheConfiguredNumber() throws Exception {
        Files.writeString(dir.resolve("config.toml"), "[node]\nlog_max_kib = 1\nlog_keep = 2\n");
        StringBuilder dag = new StringBuilder("[dag]\nname = \"many\"\nmax_workers = 4\n");
        for (int i = 0; i < 40; i++) {
            dag.append("[[dag.tasks]]\nid = \"t").append(i).append("\"\ncommand = \"true\"\n");
        }
        Path file = Files.writeString(dir.resolve("many.toml"), dag);
        node.start();
        long pid = node.pid();

        CliRunner.Result r = node.cis.run("dag", "execute", "--plain", file.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path logs = dir.resolve("logs");
        assertThat(logs.resolve("node.log.1")).exists();
        assertThat(logs.resolve("node.log.2")).exists();
        assertThat(logs.resolve("node.log.3")).doesNotExist();
        assertThat(Files.size(logs.resolve("node.log.1"))).isBetween(1024L, 1024L + 400);
        assertThat(node.client().info().pid()).as("the same node runs on").isEqualTo(pid);
    }
}
