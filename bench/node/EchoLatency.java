import dev.cis.core.node.Attachment;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.SessionInfo;
import dev.cis.core.node.socket.SocketNodeClient;
import dev.cis.core.session.SessionListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Keystroke-to-echo latency of a session attached through the node's socket: sends one character at a
 * time to a session running {@code cat} and times until the terminal echoes it back.
 *
 *   java -cp CLASSPATH EchoLatency.java SOCKET RUN_ID SAMPLES
 */
public class EchoLatency {
    public static void main(String[] args) throws Exception {
        Path socket = Path.of(args[0]);
        String run = args[1];
        int samples = Integer.parseInt(args[2]);
        try (NodeApi node = SocketNodeClient.connect(socket, "bench")) {
            String id = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (id == null && System.nanoTime() < deadline) {
                for (SessionInfo s : node.sessions(run)) {
                    if (s.taskId().equals("echo")) {
                        id = s.sessionId();
                    }
                }
                if (id == null) {
                    TimeUnit.MILLISECONDS.sleep(200);
                }
            }
            if (id == null) {
                throw new IllegalStateException("no echo session in run " + run);
            }
            LinkedBlockingQueue<Long> seen = new LinkedBlockingQueue<>();
            char[] expect = new char[1];
            SessionListener l = chunk -> {
                String s = new String(chunk, StandardCharsets.UTF_8);
                if (s.indexOf(expect[0]) >= 0) {
                    seen.add(System.nanoTime());
                }
            };
            List<Double> ms = new ArrayList<>();
            try (Attachment a = node.attach(id, false, l)) {
                for (int i = 0; i < samples; i++) {
                    char c = (char) ('A' + (i % 26));
                    expect[0] = c;
                    seen.clear();
                    long t0 = System.nanoTime();
                    a.write(new byte[] {(byte) c});
                    Long t1 = seen.poll(5, TimeUnit.SECONDS);
                    if (t1 == null) {
                        throw new IllegalStateException("no echo within 5 s");
                    }
                    ms.add((t1 - t0) / 1e6);
                    if (i % 40 == 39) {
                        a.write(new byte[] {'\r'});
                    }
                    TimeUnit.MILLISECONDS.sleep(20);
                }
            }
            Collections.sort(ms);
            System.out.printf("echo_p50_ms=%.2f echo_p99_ms=%.2f echo_max_ms=%.2f samples=%d%n",
                    ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.99) - 1), ms.get(ms.size() - 1),
                    ms.size());
        }
    }
}
