package dev.cis.core.toml;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table (TOML) or object (JSON): keys in the order written, each with its own position.
 * The root of a document is a table at line 1, column 1.
 */
public final class TomlTable implements TomlValue {

    /** How a table came to exist; decides what a later header or dotted key may do with it. */
    enum Origin {
        /** Created as a parent of a {@code [a.b]} header; may still be declared once. */
        IMPLICIT,
        /** Declared by a {@code [header]} or as an element of {@code [[header]]}. */
        HEADER,
        /** Created by a dotted key ({@code a.b = 1}) within one section. */
        DOTTED,
        /** Written inline ({@code {...}}) or inside a static array: complete as written. */
        INLINE,
        /** Read from JSON. */
        JSON
    }

    /** One key of the table and its value. */
    public record Entry(TomlKey key, TomlValue value) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final int depth;
    private int line;
    private int column;
    private Origin origin;
    private int section;

    TomlTable(int line, int column, int depth, Origin origin, int section) {
        this.line = line;
        this.column = column;
        this.depth = depth;
        this.origin = origin;
        this.section = section;
    }

    /** A new empty table at line 1, column 1 (for example the settings of a file that has none). */
    public static TomlTable empty() {
        return new TomlTable(1, 1, 0, Origin.HEADER, 0);
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public int column() {
        return column;
    }

    @Override
    public String typeName() {
        return "table";
    }

    /** Keys in the order written. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    /** Entries in the order written. */
    public Collection<Entry> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Optional<TomlValue> get(String key) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    /** The key as written (with its position), when present. */
    public Optional<TomlKey> key(String key) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.of(e.key());
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** This table as an insertion-ordered {@code Map<String, Object>} of plain Java values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            m.put(e.key().name(), e.value().toJava());
        }
        return m;
    }

    @Override
    public Object toJava() {
        return toMap();
    }

    @Override
    public String toString() {
        return "TomlTable" + toMap();
    }

    Entry entry(String key) {
        return entries.get(key);
    }

    void put(TomlKey key, TomlValue value) {
        entries.put(key.name(), new Entry(key, value));
    }

    int depth() {
        return depth;
    }

    Origin origin() {
        return origin;
    }

    int section() {
        return section;
    }

    void declare(int atLine, int atColumn) {
        this.origin = Origin.HEADER;
        this.line = atLine;
        this.column = atColumn;
    }

    void adoptByDottedKeys(int inSection) {
        this.origin = Origin.DOTTED;
        this.section = inSection;
    }

    /** Marks this table and every table under it as complete: no key may be added later. */
    void freeze() {
        origin = Origin.INLINE;
        for (Entry e : entries.values()) {
            if (e.value() instanceof TomlTable t && t.origin != Origin.INLINE) {
                t.freeze();
            }
        }
    }
}
