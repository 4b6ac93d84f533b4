package dev.cis.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsciicastRecordingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Session start(Path recording, String script) throws IOException {
        return PtySession.start(SessionSpec.builder(List.of("/bin/sh", "-c", script))
                .workDir(dir).size(132, 43).recordingPath(recording).build());
    }

    @Test
    void recordingHasAnAsciicastV2HeaderWithSizeAndTerminal() throws Exception {
        Path rec = dir.resolve("rec/header.cast");
        Session s = start(rec, "echo hi");
        s.exitFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        AsciicastReader.Recording recording = AsciicastReader.read(rec);

        assertThat(recording.header().version()).isEqualTo(2);
        assertThat(recording.header().width()).isEqualTo(132);
        assertThat(recording.header().height()).isEqualTo(43);
        assertThat(recording.header().env()).containsEntry("TERM", "xterm-256color");
        assertThat(recording.header().timestamp()).isPositive();
        assertThat(recording.output()).isEqualTo("hi\r\n");
    }

    @Test
    void recordingKeepsEveryByteOfFiveMegabytesOfMultiByteOutput() throws Exception {
        Path source = dir.resolve("big.txt");
        StringBuilder sb = new StringBuilder();
        int line = 0;
        while (sb.length() < 5_000_000) {
            sb.append("line ").append(line++).append(" é€😀 ").append("x".repeat(line % 97)).append('\n');
        }
        Files.writeString(source, sb, StandardCharsets.UTF_8);
        Path rec = dir.resolve("big.cast");
        Session s = start(rec, "cat big.txt");
        CollectingListener live = new CollectingListener();
        s.addListener(live, true);

        assertThat(s.exitFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isZero();

        String expected = sb.toString().replace("\n", "\r\n"); // the terminal turns \n into \r\n
        assertThat(AsciicastReader.output(rec)).isEqualTo(expected);
        live.exit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(live.text()).isEqualTo(expected);
        assertThat(s.bytesOut()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void inputAndResizeAreRecordedAsEvents() throws Exception {
        Path rec = dir.resolve("io.cast");
        Session s = start(rec, "echo ready; read line; echo \"got $line\"");
        CollectingListener out = new CollectingListener();
        s.addListener(out, true);
        out.awaitText("ready", TIMEOUT);

        s.resize(100, 30);
        s.write("abc\r");
        s.exitFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);

        List<AsciicastReader.Event> events = AsciicastReader.read(rec).events();
        assertThat(events).extracting(AsciicastReader.Event::code).contains("o", "i", "r");
        assertThat(events).filteredOn(e -> e.code().equals("i")).extracting(AsciicastReader.Event::data)
                .containsExactly("abc\r");
        assertThat(events).filteredOn(e -> e.code().equals("r")).extracting(AsciicastReader.Event::data)
                .containsExactly("100x30");
        assertThat(events).extracting(AsciicastReader.Event::time).isSorted();
    }

    @Test
    void outputReachesTheFileWhileTheSessionIsStillRunning() throws Exception {
        Path rec = dir.resolve("live.cast");
        Session s = start(rec, "echo started-output; read x");
        try {
            Await.until("output flushed to the recording", Duration.ofSeconds(5),
                    () -> readQuietly(rec).contains("started-output"));
            assertThat(s.isAlive()).isTrue();
        } finally {
            s.kill();
        }
    }

    @Test
    void anExistingRecordingIsNeverOverwritten() throws Exception {
        Path rec = dir.resolve("taken.cast");
        Files.writeString(rec, "something else\n");

        assertThatThrownBy(() -> start(rec, "echo hi"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(rec)).isEqualTo("something else\n");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
