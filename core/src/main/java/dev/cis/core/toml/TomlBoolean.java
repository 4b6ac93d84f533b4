package dev.cis.core.toml;

/** A boolean value. */
public record TomlBoolean(boolean value, int line, int column) implements TomlValue {

    @Override
    public String typeName() {
        return "boolean";
    }

    @Override
    public Object toJava() {
        return value;
    }

    @Override
    public String describe() {
        return "boolean " + value;
    }
}
