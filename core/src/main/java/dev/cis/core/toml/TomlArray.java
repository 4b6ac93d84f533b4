package dev.cis.core.toml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An array: a static one ({@code a = [1, 2]}, JSON {@code [...]}) or an array of tables built by
 * {@code [[a]]} headers.
 */
public final class TomlArray implements TomlValue {

    private final List<TomlValue> items = new ArrayList<>();
    private final int line;
    private final int column;
    private final int depth;
    private final boolean ofTables;

    TomlArray(int line, int column, int depth, boolean ofTables) {
        this.line = line;
        this.column = column;
        this.depth = depth;
        this.ofTables = ofTables;
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
        return "array";
    }

    /** The items in order (read-only). */
    public List<TomlValue> items() {
        return Collections.unmodifiableList(items);
    }

    public int size() {
        return items.size();
    }

    public TomlValue get(int index) {
        return items.get(index);
    }

    /** True for an array made of {@code [[name]]} headers. */
    public boolean isArrayOfTables() {
        return ofTables;
    }

    @Override
    public Object toJava() {
        List<Object> out = new ArrayList<>(items.size());
        for (TomlValue v : items) {
            out.add(v.toJava());
        }
        return out;
    }

    @Override
    public String toString() {
        return "TomlArray" + toJava();
    }

    void add(TomlValue v) {
        items.add(v);
    }

    int depth() {
        return depth;
    }

    TomlValue last() {
        return items.get(items.size() - 1);
    }
}
