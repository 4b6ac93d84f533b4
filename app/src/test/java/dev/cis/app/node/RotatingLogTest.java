package dev.cis.app.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingLogTest {

    private static final String LINE = "2026-01-01T00:00:00Z [main] INFO X - a line of the node log\n";

    @TempDir
    Path dir;

    private void writeLines(Path log, long maxBytes, int keep, int lines) throws Exception {
        try (PrintStream out = new PrintStream(new RotatingLog(log, maxBytes, keep), true, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines; i++) {
                out.print(LINE);
            }
        }
    }

    @Test
    void aFullLogMovesToLogDot1AndANewOneStarts() throws Exception {
        Path log = dir.resolve("node.log");

        writeLines(log, 10 * LINE.length(), 3, 15);

        assertThat(Files.readString(dir.resolve("node.log.1"))).isEqualTo(LINE.repeat(10));
        assertThat(Files.readString(log)).isEqualTo(LINE.repeat(5));
    }

    @Test
    void onlyKeepOlderLogsAreKept() throws Exception {
        Path log = dir.resolve("node.log");

        writeLines(log, 10 * LINE.length(), 2, 100);

        assertThat(dir.resolve("node.log.1")).exists();
        assertThat(dir.resolve("node.log.2")).exists();
        assertThat(dir.resolve("node.log.3")).doesNotExist();
        assertThat(Files.size(log)).isLessThanOrEqualTo(10L * LINE.length());
    }

    @Test
    void aLineIsNeverSplitAcrossFiles() throws Exception {
        Path log = dir.resolve("node.log");
        try (PrintStream out = new PrintStream(new RotatingLog(log, 10, 1), true, StandardCharsets.UTF_8)) {
            out.print("first half of a line, ");
            out.print("second half\n");
            out.print("next line\n");
        }

        assertThat(Files.readString(dir.resolve("node.log.1"))).isEqualTo("first half of a line, second half\n");
        assertThat(Files.readString(log)).isEqualTo("next line\n");
    }

    @Test
    void appendsToTheLogItFinds() throws Exception {
        Path log = Files.writeString(dir.resolve("node.log"), "from before\n");

        writeLines(log, 1_000_000, 1, 1);

        assertThat(Files.readString(log)).isEqualTo("from before\n" + LINE);
    }
}
