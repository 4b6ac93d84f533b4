package dev.cis.core.toml;

import dev.cis.core.toml.TomlTableRules.KeyPart;
import java.util.ArrayList;
import java.util.List;

/**
 * A TOML 1.0 parser that keeps the position of every key and value.
 *
 * <pre>{@code
 * TomlTable doc = TomlParser.parse(text);        // SyntaxException with line:col on bad input
 * Map<String, Object> plain = doc.toMap();
 * }</pre>
 *
 * Arrays and inline tables nest at most {@link #MAX_DEPTH} levels (and so does recursion here).
 */
public final class TomlParser {

    /** The deepest nesting of tables and arrays accepted. */
    public static final int MAX_DEPTH = 128;

    private final TomlCursor in;
    private final TomlStringReader strings;
    private final TomlScalarReader scalars;
    private final TomlTableRules rules;
    private final TomlTable root;
    private int sections;

    private TomlParser(String text) {
        this.in = new TomlCursor(text);
        this.strings = new TomlStringReader(in);
        this.scalars = new TomlScalarReader(in);
        this.rules = new TomlTableRules(in);
        this.root = new TomlTable(1, 1, 0, TomlTable.Origin.HEADER, 0);
    }

    /** Parses a whole document. */
    public static TomlTable parse(String text) throws SyntaxException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new TomlParser(body).document();
    }

    private TomlTable document() throws SyntaxException {
        TomlTable current = root;
        int section = sections;
        while (!in.eof()) {
            in.skipWhitespace();
            int c = in.peek();
            if (c == '#') {
                in.skipComment();
            } else if (in.atNewline()) {
                in.skipNewline();
                continue;
            } else if (c == '[') {
                section = ++sections;
                current = header(section);
                in.endOfLine("the table header");
                continue;
            } else if (c != TomlCursor.EOF) {
                keyValue(current, section);
                in.endOfLine("the value");
                continue;
            }
            in.endOfLine("the comment");
        }
        return root;
    }

    private TomlTable header(int section) throws SyntaxException {
        int start = in.pos();
        boolean array = in.peek(1) == '[';
        in.advance(array ? 2 : 1);
        List<KeyPart> key = key();
        String close = array ? "]]" : "]";
        if (!in.startsWith(close)) {
            throw in.errorHere("expected " + close + " to close the table header, found "
                    + TomlCursor.describe(in.peek()));
        }
        in.advance(close.length());
        return array ? rules.arrayHeader(root, key, start, section) : rules.header(root, key, start, section);
    }

    /** A (dotted) key, with whitespace around the parts and the dots. */
    private List<KeyPart> key() throws SyntaxException {
        List<KeyPart> parts = new ArrayList<>();
        while (true) {
            in.skipWhitespace();
            parts.add(keyPart());
            if (parts.size() > MAX_DEPTH) {
                throw in.error(parts.get(MAX_DEPTH).offset(), "a key has more than " + MAX_DEPTH + " parts");
            }
            in.skipWhitespace();
            if (in.peek() != '.') {
                return parts;
            }
            in.advance(1);
        }
    }

    private KeyPart keyPart() throws SyntaxException {
        int start = in.pos();
        int c = in.peek();
        if (c == '"' || c == '\'') {
            if (in.startsWith("\"\"\"") || in.startsWith("'''")) {
                throw in.errorHere("a key cannot be a multi-line string");
            }
            return new KeyPart(c == '"' ? strings.basic() : strings.literal(), start);
        }
        while (TomlCursor.isBareKeyChar(in.peek())) {
            in.advance(1);
        }
        if (in.pos() == start) {
            throw in.errorHere("expected a key (letters, digits, _ and -, or a quoted string), found "
                    + TomlCursor.describe(c));
        }
        return new KeyPart(in.text().substring(start, in.pos()), start);
    }

    /** {@code key = value} into {@code table}; dotted keys create tables owned by {@code section}. */
    private void keyValue(TomlTable table, int section) throws SyntaxException {
        List<KeyPart> key = key();
        KeyPart last = key.get(key.size() - 1);
        if (in.peek() != '=') {
            throw in.errorHere("expected '=' after the key '" + TomlTableRules.dotted(key) + "', found "
                    + TomlCursor.describe(in.peek()));
        }
        in.advance(1);
        in.skipWhitespace();
        TomlTable parent = rules.dottedParent(table, key, section);
        rules.checkNew(parent, last);
        rules.put(parent, last, value(parent.depth() + 1));
    }

    private TomlValue value(int depth) throws SyntaxException {
        int c = in.peek();
        int start = in.pos();
        if (c == '"' || c == '\'') {
            String s = strings.read();
            return new TomlString(s, in.line(start), in.column(start));
        } else if (c == '[') {
            return array(depth);
        } else if (c == '{') {
            return inlineTable(depth);
        } else if (c == TomlCursor.EOF || c == '\n' || c == '\r' || c == '#') {
            throw in.errorHere("expected a value, found " + TomlCursor.describe(c));
        }
        return scalars.read();
    }

    private TomlArray array(int depth) throws SyntaxException {
        int start = in.pos();
        rules.checkDepth(depth, start);
        TomlArray array = new TomlArray(in.line(start), in.column(start), depth, false);
        in.advance(1);
        while (true) {
            in.skipBlank();
            if (in.peek() == ']') {
                in.advance(1);
                return array;
            }
            TomlValue v = value(depth + 1);
            if (v instanceof TomlTable t) {
                t.freeze();
            }
            array.add(v);
            in.skipBlank();
            int c = in.peek();
            if (c == ',') {
                in.advance(1);
            } else if (c != ']') {
                throw in.errorHere("expected ',' or ']' in the array started at line " + array.line() + ", found "
                        + TomlCursor.describe(c));
            }
        }
    }

    private TomlTable inlineTable(int depth) throws SyntaxException {
        int start = in.pos();
        rules.checkDepth(depth, start);
        int section = ++sections;
        TomlTable table = new TomlTable(in.line(start), in.column(start), depth, TomlTable.Origin.DOTTED, section);
        in.advance(1);
        in.skipWhitespace();
        if (in.peek() == '}') {
            in.advance(1);
            table.freeze();
            return table;
        }
        while (true) {
            in.skipWhitespace();
            if (in.peek() == '\n' || in.peek() == '\r') {
                throw in.errorHere("an inline table must be on one line; close it with '}' or use a [table]");
            }
            keyValue(table, section);
            in.skipWhitespace();
            int c = in.peek();
            if (c == '}') {
                in.advance(1);
                table.freeze();
                return table;
            } else if (c != ',') {
                throw in.errorHere(c == '\n' || c == '\r'
                        ? "an inline table must be on one line; close it with '}' or use a [table]"
                        : "expected ',' or '}' in the inline table started at line " + table.line() + ", found "
                                + TomlCursor.describe(c));
            }
            in.advance(1);
            in.skipWhitespace();
            if (in.peek() == '}') {
                throw in.errorHere("trailing comma in an inline table; remove the ',' before '}'");
            }
        }
    }
}
