package dev.cis.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Follows a recording that is still being written, like {@code tail -f}: each {@link #poll} hands over the
 * output of the complete event lines appended since the last call.
 */
public final class AsciicastTail {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private long position;
    private boolean headerRead;

    public AsciicastTail(Path file) {
        this.file = file;
    }

    /** Passes the text of new {@code "o"} events to {@code output}; returns how many events were read. */
    public int poll(Consumer<String> output) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] fresh;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            if (length <= position) {
                return 0;
            }
            fresh = new byte[(int) Math.min(length - position, 8 * 1024 * 1024)];
            raf.seek(position);
            raf.readFully(fresh);
        }
        int lastNewline = -1;
        for (int i = fresh.length - 1; i >= 0; i--) {
            if (fresh[i] == '\n') {
                lastNewline = i;
                break;
            }
        }
        if (lastNewline < 0) {
            return 0;
        }
        position += lastNewline + 1;
        String text = new String(fresh, 0, lastNewline + 1, StandardCharsets.UTF_8);
        int events = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (!headerRead) {
                headerRead = true;
                continue;
            }
            JsonNode n = MAPPER.readTree(line);
            if (n.isArray() && n.size() >= 3 && "o".equals(n.get(1).asText())) {
                output.accept(n.get(2).asText());
                events++;
            }
        }
        return events;
    }
}
