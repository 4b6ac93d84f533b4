package dev.cis.core.toml;

/** A 64-bit integer value. */
public record TomlInteger(long value, int line, int column) implements TomlValue {

    @Override
    public String typeName() {
        return "integer";
    }

    @Override
    public Object toJava() {
        return value;
    }

    @Override
    public String describe() {
        return "integer " + value;
    }
}
