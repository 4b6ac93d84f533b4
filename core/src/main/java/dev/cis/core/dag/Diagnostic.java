package dev.cis.core.dag;

import java.nio.file.Path;

/**
 * One problem found in a file.
 *
 * @param severity error or warning
 * @param file     the file as named by the caller
 * @param line     1-based line, 0 when unknown
 * @param column   1-based column, 0 when unknown
 * @param message  what is wrong and, where possible, how to fix it
 */
public record Diagnostic(Severity severity, Path file, int line, int column, String message) {

    public static Diagnostic error(Path file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, message);
    }

    public static Diagnostic warning(Path file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COL: error: message}, leaving out a line or column that is unknown. */
    public String format() {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(severity.label()).append(": ").append(message).toString();
    }
}
