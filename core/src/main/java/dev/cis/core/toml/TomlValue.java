package dev.cis.core.toml;

/**
 * A value of a parsed document, with the 1-based line and column where it starts (the first character
 * of the value; for a table made by a {@code [header]}, the {@code [}).
 */
public sealed interface TomlValue
        permits TomlString, TomlInteger, TomlFloat, TomlBoolean, TomlDateTime, TomlArray, TomlTable {

    int line();

    int column();

    /** The TOML name of this value's type: {@code string}, {@code integer}, {@code table}, ... */
    String typeName();

    /**
     * The plain Java form: {@link String}, {@link Long}, {@link Double}, {@link Boolean}, a
     * {@link java.time.temporal.Temporal}, {@code List<Object>} or {@code Map<String, Object>} (insertion
     * ordered).
     */
    Object toJava();

    /** The type and, for scalars, a short excerpt, for messages: {@code string "abc"}, {@code integer 3}. */
    default String describe() {
        return typeName();
    }
}
