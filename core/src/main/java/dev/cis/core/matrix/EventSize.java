package dev.cis.core.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Keeps event content under {@link #MAX_CONTENT_BYTES} (the UTF-8 of its JSON). The spec allows 64 KiB
 * per event, envelope included (sender, room id, signatures); 60 KiB of content leaves room for it.
 *
 * <p>Too large content is cut where it is long: the longest string field first ({@code screen},
 * {@code output_preview}, {@code body} in practice), at a character boundary, ending in {@code " …[cut]"},
 * until it fits. The cut content says what was cut in {@value #NOTE}: a list of
 * {@code "field: kept of original bytes"}.
 */
public final class EventSize {

    public static final int MAX_CONTENT_BYTES = 60 * 1024;
    public static final String NOTE = "dev.cis.cut";
    static final String MARK = " …[cut]";
    private static final int NOTE_RESERVE = 256;

    private EventSize() {
    }

    public static int bytes(JsonNode content) {
        try {
            return MatrixHttp.JSON.writeValueAsBytes(content).length;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The content itself when it fits, else a cut copy that fits. */
    public static ObjectNode fit(ObjectNode content) {
        int size = bytes(content);
        if (size <= MAX_CONTENT_BYTES) {
            return content;
        }
        ObjectNode copy = content.deepCopy();
        ArrayNode note = copy.putArray(NOTE);
        while (size > MAX_CONTENT_BYTES) {
            Longest longest = new Longest();
            longest.find(copy, "", copy);
            int over = size - MAX_CONTENT_BYTES + NOTE_RESERVE;
            if (longest.parent == null || longest.bytes <= MARK.length() + over / 8) {
                throw new IllegalArgumentException("event content of " + size + " bytes cannot be cut under "
                        + MAX_CONTENT_BYTES + " bytes: no long text field in it");
            }
            int keep = Math.max(0, longest.bytes - over - MARK.getBytes(StandardCharsets.UTF_8).length);
            String cut = prefixOfBytes(longest.text, keep) + MARK;
            longest.replace(cut);
            note.add(longest.path + ": " + cut.getBytes(StandardCharsets.UTF_8).length + " of " + longest.bytes
                    + " bytes kept");
            size = bytes(copy);
        }
        return copy;
    }

    /** The longest prefix of {@code s} whose UTF-8 takes at most {@code max} bytes, never half a character. */
    static String prefixOfBytes(String s, int max) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > max) {
                break;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** The longest string value anywhere in the content, and where it is. */
    private static final class Longest {
        JsonNode parent;
        String field;
        int index = -1;
        String path;
        String text;
        int bytes = -1;

        void find(JsonNode node, String at, ObjectNode root) {
            if (node.isObject()) {
                node.fields().forEachRemaining(f -> {
                    if (!(node == root && f.getKey().equals(NOTE))) {
                        visit(node, f.getKey(), -1, f.getValue(), at.isEmpty() ? f.getKey() : at + "." + f.getKey(),
                                root);
                    }
                });
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    visit(node, null, i, node.get(i), at + "[" + i + "]", root);
                }
            }
        }

        private void visit(JsonNode p, String f, int i, JsonNode value, String where, ObjectNode root) {
            if (value.isTextual()) {
                int n = value.asText().getBytes(StandardCharsets.UTF_8).length;
                if (n > bytes) {
                    parent = p;
                    field = f;
                    index = i;
                    path = where;
                    text = value.asText();
                    bytes = n;
                }
            } else {
                find(value, where, root);
            }
        }

        void replace(String value) {
            if (field != null) {
                ((ObjectNode) parent).put(field, value);
            } else {
                ((ArrayNode) parent).set(index, TextNode.valueOf(value));
            }
        }
    }
}
