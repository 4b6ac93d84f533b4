package dev.cis.core.toml;

/**
 * The text is not a valid document (TOML or JSON). {@link #getMessage()} is {@code LINE:COL: reason};
 * {@link #reason()} is the reason alone.
 */
public final class SyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String reason;

    public SyntaxException(int line, int column, String reason) {
        super(line + ":" + column + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** 1-based line of the offending text. */
    public int line() {
        return line;
    }

    /** 1-based column (UTF-16 units) of the offending text. */
    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
