package dev.cis.core.dag;

import dev.cis.core.toml.TomlKey;
import dev.cis.core.toml.TomlValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one file; keeps at most {@link #MAX_SHOWN} of them. */
final class Problems {

    static final int MAX_SHOWN = 1000;

    private final Path file;
    private final boolean json;
    private final List<Diagnostic> all = new ArrayList<>();
    private int errorCount;

    Problems(Path file, boolean json) {
        this.file = file;
        this.json = json;
    }

    void error(int line, int column, String message) {
        all.add(Diagnostic.error(file, line, column, message));
        errorCount++;
    }

    void error(TomlValue at, String message) {
        error(at.line(), at.column(), message);
    }

    void error(TomlKey at, String message) {
        error(at.line(), at.column(), message);
    }

    void warning(TomlKey at, String message) {
        all.add(Diagnostic.warning(file, at.line(), at.column(), message));
    }

    void warning(TomlValue at, String message) {
        all.add(Diagnostic.warning(file, at.line(), at.column(), message));
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    int errorCount() {
        return errorCount;
    }

    /** {@code a table} in TOML, {@code an object} in JSON. */
    String aTable() {
        return json ? "an object" : "a table";
    }

    boolean isJson() {
        return json;
    }

    /** The type of a value in the words of the file's format ({@code table} or {@code object}). */
    String typeName(TomlValue v) {
        String t = v.typeName();
        return json && t.equals("table") ? "object" : t;
    }

    /** Type and short excerpt of a value: {@code string "3"}, {@code integer 3}, {@code array}. */
    String describe(TomlValue v) {
        return json && v.typeName().equals("table") ? "object" : v.describe();
    }

    /** All diagnostics by position (unknown positions first), cut to {@link #MAX_SHOWN}. */
    List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(all);
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        if (out.size() > MAX_SHOWN) {
            int more = out.size() - MAX_SHOWN;
            out = new ArrayList<>(out.subList(0, MAX_SHOWN));
            out.add(errorCount > 0
                    ? Diagnostic.error(file, 0, 0, "too many problems: " + more + " more not shown; fix these first")
                    : Diagnostic.warning(file, 0, 0, "too many warnings: " + more + " more not shown"));
        }
        return out;
    }
}
