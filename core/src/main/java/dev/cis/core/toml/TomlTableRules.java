package dev.cis.core.toml;

import java.util.List;

/**
 * What headers and dotted keys may do to tables that already exist (TOML 1.0): a table is declared
 * once; a table made by dotted keys is complete when its section ends; inline tables and static arrays
 * are complete as written; {@code [[a]]} appends to an array of tables and later headers under
 * {@code a} go to its last element.
 */
final class TomlTableRules {

    /** One part of a (dotted) key, with its offset in the text. */
    record KeyPart(String name, int offset) {
    }

    private final TomlCursor in;

    TomlTableRules(TomlCursor in) {
        this.in = in;
    }

    /** {@code [a.b.c]}: the table to fill with the following key/value pairs. */
    TomlTable header(TomlTable root, List<KeyPart> key, int headerOffset, int section) throws SyntaxException {
        TomlTable parent = headerParent(root, key, section);
        KeyPart last = key.get(key.size() - 1);
        TomlTable.Entry existing = parent.entry(last.name());
        if (existing == null) {
            TomlTable t = newTable(parent.depth() + 1, headerOffset, TomlTable.Origin.HEADER, section, last);
            parent.put(tomlKey(last), t);
            return t;
        }
        String name = dotted(key);
        if (existing.value() instanceof TomlTable t) {
            switch (t.origin()) {
                case IMPLICIT -> {
                    t.declare(in.line(headerOffset), in.column(headerOffset));
                    return t;
                }
                case DOTTED -> throw in.error(headerOffset, "table [" + name + "] is already defined by dotted keys"
                        + " at line " + existing.key().line() + "; add its keys there or use only [" + name + "]");
                case INLINE -> throw in.error(headerOffset, "table [" + name + "] is already defined inline at line "
                        + t.line() + "; an inline table is complete as written");
                default -> throw in.error(headerOffset, "table [" + name + "] is defined twice (first at line "
                        + t.line() + ")");
            }
        }
        if (existing.value() instanceof TomlArray a && a.isArrayOfTables()) {
            throw in.error(headerOffset, "[" + name + "] is an array of tables (line " + a.line()
                    + "); write [[" + name + "]] to add an element");
        }
        throw alreadyValue(headerOffset, name, existing);
    }

    /** {@code [[a.b.c]]}: appends a new table to the array and returns it. */
    TomlTable arrayHeader(TomlTable root, List<KeyPart> key, int headerOffset, int section) throws SyntaxException {
        TomlTable parent = headerParent(root, key, section);
        KeyPart last = key.get(key.size() - 1);
        TomlTable.Entry existing = parent.entry(last.name());
        TomlArray array;
        if (existing == null) {
            checkDepth(parent.depth() + 1, last.offset());
            array = new TomlArray(in.line(headerOffset), in.column(headerOffset), parent.depth() + 1, true);
            parent.put(tomlKey(last), array);
        } else if (existing.value() instanceof TomlArray a && a.isArrayOfTables()) {
            array = a;
        } else if (existing.value() instanceof TomlArray a) {
            throw in.error(headerOffset, "cannot append to '" + dotted(key) + "' with [[" + dotted(key)
                    + "]]: it is a static array (line " + a.line() + ")");
        } else if (existing.value() instanceof TomlTable t) {
            throw in.error(headerOffset, "[[" + dotted(key) + "]] needs an array of tables, but '" + dotted(key)
                    + "' is already a table (line " + t.line() + ")");
        } else {
            throw alreadyValue(headerOffset, dotted(key), existing);
        }
        TomlTable t = newTable(array.depth() + 1, headerOffset, TomlTable.Origin.HEADER, section, last);
        array.add(t);
        return t;
    }

    /** The table that receives the last part of a dotted key written in {@code table} during {@code section}. */
    TomlTable dottedParent(TomlTable table, List<KeyPart> key, int section) throws SyntaxException {
        TomlTable current = table;
        for (int i = 0; i < key.size() - 1; i++) {
            KeyPart part = key.get(i);
            TomlTable.Entry e = current.entry(part.name());
            if (e == null) {
                TomlTable t = newTable(current.depth() + 1, part.offset(), TomlTable.Origin.DOTTED, section, part);
                current.put(tomlKey(part), t);
                current = t;
                continue;
            }
            String name = dotted(key.subList(0, i + 1));
            if (!(e.value() instanceof TomlTable t)) {
                if (e.value() instanceof TomlArray a && a.isArrayOfTables()) {
                    throw in.error(part.offset(), "'" + name + "' is an array of tables (line " + a.line()
                            + "); dotted keys cannot add to it");
                }
                throw alreadyValue(part.offset(), name, e);
            }
            switch (t.origin()) {
                case IMPLICIT -> t.adoptByDottedKeys(section);
                case DOTTED -> {
                    if (t.section() != section) {
                        throw in.error(part.offset(), "table '" + name + "' was completed at line " + e.key().line()
                                + "; dotted keys cannot add to it from another table");
                    }
                }
                case INLINE -> throw in.error(part.offset(), "'" + name + "' is an inline table (line " + t.line()
                        + "); an inline table is complete as written");
                default -> throw in.error(part.offset(), "table '" + name + "' is defined by a header (line "
                        + t.line() + "); dotted keys cannot add to it from here");
            }
            current = t;
        }
        return current;
    }

    /** Adds {@code value} under the last part of {@code key}; the key must be new. */
    void put(TomlTable parent, KeyPart last, TomlValue value) {
        parent.put(tomlKey(last), value);
    }

    /** Fails when {@code parent} already has the last part of {@code key}. */
    void checkNew(TomlTable parent, KeyPart last) throws SyntaxException {
        TomlTable.Entry e = parent.entry(last.name());
        if (e != null) {
            String what = e.value() instanceof TomlTable ? " (a table, line " : " (first defined at line ";
            throw in.error(last.offset(), "duplicate key '" + last.name() + "'" + what + e.key().line() + ")");
        }
    }

    void checkDepth(int depth, int offset) throws SyntaxException {
        if (depth > TomlParser.MAX_DEPTH) {
            throw in.error(offset, "nested deeper than " + TomlParser.MAX_DEPTH + " levels");
        }
    }

    private TomlTable headerParent(TomlTable root, List<KeyPart> key, int section) throws SyntaxException {
        TomlTable current = root;
        for (int i = 0; i < key.size() - 1; i++) {
            KeyPart part = key.get(i);
            TomlTable.Entry e = current.entry(part.name());
            if (e == null) {
                TomlTable t = newTable(current.depth() + 1, part.offset(), TomlTable.Origin.IMPLICIT, section, part);
                current.put(tomlKey(part), t);
                current = t;
            } else if (e.value() instanceof TomlTable t) {
                if (t.origin() == TomlTable.Origin.INLINE) {
                    throw in.error(part.offset(), "'" + dotted(key.subList(0, i + 1)) + "' is an inline table (line "
                            + t.line() + "); an inline table is complete as written");
                }
                current = t;
            } else if (e.value() instanceof TomlArray a && a.isArrayOfTables()) {
                current = (TomlTable) a.last();
            } else {
                throw alreadyValue(part.offset(), dotted(key.subList(0, i + 1)), e);
            }
        }
        return current;
    }

    private TomlTable newTable(int depth, int offset, TomlTable.Origin origin, int section, KeyPart part)
            throws SyntaxException {
        checkDepth(depth, part.offset());
        return new TomlTable(in.line(offset), in.column(offset), depth, origin, section);
    }

    private SyntaxException alreadyValue(int offset, String name, TomlTable.Entry e) {
        return in.error(offset, "'" + name + "' is already " + article(e.value().typeName()) + " (line "
                + e.key().line() + "), it cannot also be a table");
    }

    private TomlKey tomlKey(KeyPart p) {
        return new TomlKey(p.name(), in.line(p.offset()), in.column(p.offset()));
    }

    static String dotted(List<KeyPart> key) {
        StringBuilder sb = new StringBuilder();
        for (KeyPart p : key) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            boolean bare = !p.name().isEmpty() && p.name().chars().allMatch(TomlCursor::isBareKeyChar);
            sb.append(bare ? p.name() : '"' + p.name() + '"');
        }
        return sb.toString();
    }

    private static String article(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
