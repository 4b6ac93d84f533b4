package dev.cis.core.toml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads a JSON document whose top level is an object into the same positioned tree as
 * {@link TomlParser}, using Jackson's streaming parser (it knows where every token starts).
 * Duplicate keys and {@code null} are errors; integers must fit in 64 bits. The tree is built without
 * recursion and nests at most {@link TomlParser#MAX_DEPTH} levels.
 */
public final class JsonTreeReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** A container being filled, and the key of the next value when it is an object. */
    private static final class Frame {
        final TomlValue container;
        final int depth;
        TomlKey key;

        Frame(TomlValue container, int depth) {
            this.container = container;
            this.depth = depth;
        }
    }

    private JsonTreeReader() {
    }

    public static TomlTable read(String text) throws SyntaxException {
        try (JsonParser p = FACTORY.createParser(text)) {
            return document(p);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
            int col = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
            throw new SyntaxException(line, col, cleanMessage(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SyntaxException(0, 0, "cannot read the JSON text: " + e.getMessage());
        }
    }

    private static TomlTable document(JsonParser p) throws IOException, SyntaxException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new SyntaxException(1, 1, "the document is empty; expected a JSON object { ... }");
        }
        if (t != JsonToken.START_OBJECT) {
            throw error(p, "expected a JSON object { ... } at the top, found " + tokenName(t));
        }
        TomlTable root = new TomlTable(line(p), column(p), 0, TomlTable.Origin.JSON, 0);
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, 0));
        while (!stack.isEmpty()) {
            t = p.nextToken();
            if (t == null) {
                throw error(p, "unexpected end of the document: a '}' or ']' is missing");
            }
            Frame top = stack.peek();
            switch (t) {
                case FIELD_NAME -> top.key = key(p, (TomlTable) top.container);
                case START_OBJECT -> stack.push(new Frame(add(p, top,
                        new TomlTable(line(p), column(p), depth(p, top), TomlTable.Origin.JSON, 0)), top.depth + 1));
                case START_ARRAY -> stack.push(new Frame(add(p, top,
                        new TomlArray(line(p), column(p), depth(p, top), false)), top.depth + 1));
                case END_OBJECT, END_ARRAY -> stack.pop();
                default -> add(p, top, scalar(p, t, top));
            }
        }
        JsonToken extra = p.nextToken();
        if (extra != null) {
            throw error(p, "found " + tokenName(extra)
                    + " after the end of the top-level object; a file holds one object");
        }
        return root;
    }

    private static TomlKey key(JsonParser p, TomlTable table) throws IOException, SyntaxException {
        String name = p.currentName();
        TomlTable.Entry existing = table.entry(name);
        if (existing != null) {
            throw error(p, "duplicate key \"" + name + "\" (first defined at line " + existing.key().line() + ")");
        }
        return new TomlKey(name, line(p), column(p));
    }

    private static TomlValue scalar(JsonParser p, JsonToken t, Frame top) throws IOException, SyntaxException {
        int line = line(p);
        int col = column(p);
        return switch (t) {
            case VALUE_STRING -> new TomlString(p.getText(), line, col);
            case VALUE_TRUE, VALUE_FALSE -> new TomlBoolean(t == JsonToken.VALUE_TRUE, line, col);
            case VALUE_NUMBER_INT -> {
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw error(p, "integer " + excerpt(p.getText()) + " does not fit in 64 bits");
                }
                yield new TomlInteger(p.getLongValue(), line, col);
            }
            case VALUE_NUMBER_FLOAT -> {
                double d = p.getDoubleValue();
                if (Double.isInfinite(d)) {
                    throw error(p, "number " + excerpt(p.getText()) + " is too large for 64 bits");
                }
                yield new TomlFloat(d, line, col);
            }
            case VALUE_NULL -> throw error(p, top.key != null && top.container instanceof TomlTable
                    ? "\"" + top.key.name() + "\" is null; leave the key out or give it a value"
                    : "null is not allowed in an array");
            default -> throw error(p, "unexpected " + tokenName(t));
        };
    }

    private static int depth(JsonParser p, Frame top) throws SyntaxException {
        int depth = top.depth + 1;
        if (depth > TomlParser.MAX_DEPTH) {
            throw error(p, "nested deeper than " + TomlParser.MAX_DEPTH + " levels");
        }
        return depth;
    }

    private static TomlValue add(JsonParser p, Frame top, TomlValue v) {
        if (top.container instanceof TomlTable table) {
            table.put(top.key, v);
        } else {
            ((TomlArray) top.container).add(v);
        }
        return v;
    }

    private static SyntaxException error(JsonParser p, String reason) {
        return new SyntaxException(line(p), column(p), reason);
    }

    private static int line(JsonParser p) {
        return Math.max(p.currentTokenLocation().getLineNr(), 0);
    }

    private static int column(JsonParser p) {
        return Math.max(p.currentTokenLocation().getColumnNr(), 0);
    }

    private static String tokenName(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "'" + t.asString() + "'";
        };
    }

    private static String excerpt(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** Jackson's message without the internal location details it sometimes embeds. */
    private static String cleanMessage(String m) {
        if (m == null) {
            return "not valid JSON";
        }
        String s = m.replaceAll("\\[Source: [^;\\]]*;\\s*", "[")
                .replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll("\\s*\\n\\s*", " ")
                .trim();
        return s.isEmpty() ? "not valid JSON" : s;
    }
}
