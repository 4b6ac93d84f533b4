package dev.cis.core.toml;

/** A 64-bit floating point value (may be infinite or NaN, as TOML allows). */
public record TomlFloat(double value, int line, int column) implements TomlValue {

    @Override
    public String typeName() {
        return "float";
    }

    @Override
    public Object toJava() {
        return value;
    }

    @Override
    public String describe() {
        return "float " + value;
    }
}
