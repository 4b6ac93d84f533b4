package dev.cis.core.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an asciicast v2 recording written by a session. A last line cut short (the JVM was killed in
 * the middle of a write) is ignored; any other malformed line is an error naming the line.
 */
public final class AsciicastReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AsciicastReader() {
    }

    /** The header of a recording. */
    public record Header(int version, int width, int height, long timestamp, Map<String, String> env, String title) {
    }

    /** One event: {@code code} is {@code "o"} (output), {@code "i"} (input) or {@code "r"} (resize, {@code COLSxROWS}). */
    public record Event(double time, String code, String data) {
    }

    /** A whole recording in memory. */
    public record Recording(Header header, List<Event> events) {

        /** Everything the program printed, in order. */
        public String output() {
            StringBuilder sb = new StringBuilder();
            for (Event e : events) {
                if (e.code().equals("o")) {
                    sb.append(e.data());
                }
            }
            return sb.toString();
        }
    }

    public static Recording read(Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        Header header = read(file, events::add);
        return new Recording(header, List.copyOf(events));
    }

    /** Everything the program printed, without loading every event object at once. */
    public static String output(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        read(file, e -> {
            if (e.code().equals("o")) {
                sb.append(e.data());
            }
        });
        return sb.toString();
    }

    /** Streams the events to {@code sink} and returns the header. */
    public static Header read(Path file, Consumer<Event> sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) {
                throw new IOException(file + ": empty recording (no asciicast header)");
            }
            Header header = header(file, first);
            String line = in.readLine();
            int number = 2;
            while (line != null) {
                String next = in.readLine();
                if (!line.isBlank()) {
                    Event event = event(file, number, line, next == null);
                    if (event != null) {
                        sink.accept(event);
                    }
                }
                line = next;
                number++;
            }
            return header;
        }
    }

    /**
     * Streams to {@code sink} the events of about the last {@code maxBytes} bytes of the file (whole event
     * lines only), so the end of a huge recording is read without reading all of it.
     */
    public static void readTail(Path file, long maxBytes, Consumer<Event> sink) throws IOException {
        long length = Files.size(file);
        if (length <= maxBytes) {
            read(file, sink);
            return;
        }
        byte[] tail = new byte[(int) maxBytes];
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "r")) {
            raf.seek(length - maxBytes);
            raf.readFully(tail);
        }
        String text = new String(tail, StandardCharsets.UTF_8);
        String[] lines = text.substring(text.indexOf('\n') + 1).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                Event event = event(file, 0, lines[i], i == lines.length - 1);
                if (event != null) {
                    sink.accept(event);
                }
            }
        }
    }

    private static Header header(Path file, String line) throws IOException {
        JsonNode node = parse(file, 1, line);
        if (node == null || !node.isObject() || node.path("version").asInt() != 2) {
            throw new IOException(file + ":1: not an asciicast v2 header");
        }
        Map<String, String> env = new LinkedHashMap<>();
        node.path("env").properties().forEach(f -> env.put(f.getKey(), f.getValue().asText()));
        return new Header(2, node.path("width").asInt(), node.path("height").asInt(),
                node.path("timestamp").asLong(), env, node.path("title").asText(""));
    }

    private static Event event(Path file, int number, String line, boolean last) throws IOException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            if (last) {
                return null;
            }
            throw new IOException(file + ":" + number + ": malformed event: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isArray() || node.size() != 3) {
            throw new IOException(file + ":" + number + ": an event is [time, code, data]");
        }
        return new Event(node.get(0).asDouble(), node.get(1).asText(), node.get(2).asText());
    }

    private static JsonNode parse(Path file, int number, String line) throws IOException {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new IOException(file + ":" + number + ": " + e.getMessage(), e);
        }
    }
}
