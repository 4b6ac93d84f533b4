package dev.cis.core.toml;

/** A key as written in a table, with the 1-based line and column of its first character. */
public record TomlKey(String name, int line, int column) {
}
