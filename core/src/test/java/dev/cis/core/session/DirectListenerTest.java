package dev.cis.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectListenerTest {

    @TempDir
    Path dir;

    /** Collects output and remembers the threads it was called on. */
    private static final class Collector implements SessionListener.Direct {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        final CompletableFuture<Integer> exit = new CompletableFuture<>();

        @Override
        public synchronized void onOutput(byte[] chunk) {
            threads.add(Thread.currentThread().getName());
            bytes.write(chunk, 0, chunk.length);
        }

        @Override
        public void onExit(int exitCode) {
            threads.add(Thread.currentThread().getName());
            exit.complete(exitCode);
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aDirectListenerGetsTheReplayThenEveryChunkOnTheReaderThreadThenTheExit() throws Exception {
        Session s = PtySession.start(SessionSpec.builder(List.of("/bin/sh", "-c", "echo early; read x; echo late; exit 3"))
                .workDir(dir).build());
        Await.until("early output", PtySessionContract.TIMEOUT,
                () -> new String(s.recentOutput(), StandardCharsets.UTF_8).contains("early"));
        Collector c = new Collector();

        s.addListener(c, true);
        s.write("\r");

        assertThat(c.exit.get(20, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(c.text()).containsSubsequence("early", "late");
        assertThat(c.text().split("early", -1)).hasSize(2);
        assertThat(c.threads.subList(1, c.threads.size())).allMatch(t -> t.startsWith("cis-session-reader-" + s.id()));
    }
}
