package dev.cis.core.toml;

/** A string value. */
public record TomlString(String value, int line, int column) implements TomlValue {

    private static final int EXCERPT = 40;

    @Override
    public String typeName() {
        return "string";
    }

    @Override
    public Object toJava() {
        return value;
    }

    @Override
    public String describe() {
        String v = value.length() > EXCERPT ? value.substring(0, EXCERPT) + "..." : value;
        StringBuilder sb = new StringBuilder("string \"");
        v.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('"').toString();
    }
}
