package dev.cis.core.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.core.files.PrivateFiles;
import dev.cis.core.concurrent.NamedThreads;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends a session to an asciicast v2 file: a JSON header line, then one {@code [time, code, data]}
 * line per event ({@code "o"} output, {@code "i"} input, {@code "r"} resize). Writes are buffered and
 * flushed to the operating system at least every {@value #FLUSH_MILLIS} ms and on close, so a killed
 * JVM loses at most that much. UTF-8 sequences split across two reads are joined before encoding.
 */
final class AsciicastRecorder implements AutoCloseable {

    static final long FLUSH_MILLIS = 150;
    private static final Logger LOG = LoggerFactory.getLogger(AsciicastRecorder.class);
    private static final ScheduledExecutorService FLUSHER = NamedThreads.scheduled("cis-recording-flush", 1);
    private static final byte[] NO_BYTES = new byte[0];

    private final Path path;
    private final OutputStream out;
    private final JsonUtf8Escaper line = new JsonUtf8Escaper();
    private final long startNanos;
    private final ScheduledFuture<?> flushTask;
    private byte[] carry = NO_BYTES;
    private boolean dirty;
    private boolean broken;
    private boolean closed;

    private AsciicastRecorder(Path path, OutputStream out, long startNanos) {
        this.path = path;
        this.out = out;
        this.startNanos = startNanos;
        this.flushTask = FLUSHER.scheduleWithFixedDelay(this::flushIfDirty, FLUSH_MILLIS, FLUSH_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Creates the file owner-only (and its folders) and writes the header. An existing non-empty file is an
     * error.
     */
    static AsciicastRecorder open(Path path, int cols, int rows, Map<String, String> env, String title,
            Instant started) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            PrivateFiles.createDirectories(parent);
        }
        if (Files.exists(path) && Files.size(path) > 0) {
            throw new IOException("recording " + path + " already exists; a session never appends to another one's file");
        }
        OutputStream writer = new BufferedOutputStream(PrivateFiles.append(path), 1 << 16);
        writer.write((header(cols, rows, env, title, started) + "\n").getBytes(StandardCharsets.UTF_8));
        writer.flush();
        return new AsciicastRecorder(path, writer, System.nanoTime());
    }

    private static final ObjectMapper HEADER_MAPPER = new ObjectMapper();

    private static String header(int cols, int rows, Map<String, String> env, String title, Instant started)
            throws IOException {
        ObjectNode header = HEADER_MAPPER.createObjectNode();
        header.put("version", 2);
        header.put("width", cols);
        header.put("height", rows);
        header.put("timestamp", started.getEpochSecond());
        ObjectNode envNode = header.putObject("env");
        for (String name : new String[] {"TERM", "SHELL"}) {
            if (env.containsKey(name)) {
                envNode.put(name, env.get(name));
            }
        }
        header.put("title", title);
        return HEADER_MAPPER.writeValueAsString(header);
    }

    Path path() {
        return path;
    }

    /** Records program output; an incomplete UTF-8 sequence at the end waits for the next chunk. */
    synchronized void output(byte[] data, int offset, int length) {
        if (broken || closed || length == 0) {
            return;
        }
        byte[] bytes = data;
        int off = offset;
        int len = length;
        if (carry.length > 0) {
            bytes = Arrays.copyOf(carry, carry.length + length);
            System.arraycopy(data, offset, bytes, carry.length, length);
            off = 0;
            len = bytes.length;
        }
        int complete = Utf8Boundary.completePrefix(bytes, off, len);
        carry = complete == len ? NO_BYTES : Arrays.copyOfRange(bytes, off + complete, off + len);
        if (complete > 0) {
            event('o', bytes, off, complete);
        }
    }

    /** What the recording shows for input typed while the terminal did not echo it. */
    static final String HIDDEN_INPUT = "[input hidden]";
    private static final byte[] HIDDEN_INPUT_BYTES = HIDDEN_INPUT.getBytes(StandardCharsets.US_ASCII);

    /** Records that input was sent, without it (a password typed at a prompt that does not echo). */
    synchronized void hiddenInput() {
        input(HIDDEN_INPUT_BYTES);
    }

    synchronized void input(byte[] data) {
        if (!broken && !closed && data.length > 0) {
            event('i', data, 0, data.length);
        }
    }

    synchronized void resize(int cols, int rows) {
        if (!broken && !closed) {
            byte[] size = (cols + "x" + rows).getBytes(StandardCharsets.US_ASCII);
            event('r', size, 0, size.length);
        }
    }

    private void event(char code, byte[] data, int offset, int length) {
        line.reset();
        line.appendAscii("[" + seconds() + ", \"" + code + "\", \"");
        line.appendEscaped(data, offset, length);
        line.appendAscii("\"]\n");
        try {
            out.write(line.buffer(), 0, line.size());
            dirty = true;
        } catch (IOException e) {
            fail(e);
        }
    }

    private String seconds() {
        long micros = (System.nanoTime() - startNanos) / 1000;
        long frac = micros % 1_000_000;
        String digits = Long.toString(frac);
        return (micros / 1_000_000) + "." + "000000".substring(digits.length()) + digits;
    }

    synchronized void flushIfDirty() {
        if (!dirty || broken || closed) {
            return;
        }
        try {
            out.flush();
            dirty = false;
        } catch (IOException e) {
            fail(e);
        }
    }

    private void fail(IOException e) {
        broken = true;
        LOG.error("recording {} stopped: {}", path, e.toString());
    }

    /** Writes what is left (an unfinished UTF-8 tail as replacement characters), flushes and closes. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (carry.length > 0 && !broken) {
            event('o', carry, 0, carry.length);
            carry = NO_BYTES;
        }
        closed = true;
        flushTask.cancel(false);
        try {
            out.close();
        } catch (IOException e) {
            LOG.error("closing recording {} failed: {}", path, e.toString());
        }
    }
}
