package dev.cis.core.toml;

import java.math.BigInteger;

/** Reads bare values: booleans, integers, floats and date-times. */
final class TomlScalarReader {

    private static final int EXCERPT = 40;

    private final TomlCursor in;

    TomlScalarReader(TomlCursor in) {
        this.in = in;
    }

    TomlValue read() throws SyntaxException {
        int start = in.pos();
        String token = token();
        if (token.isEmpty()) {
            throw in.errorHere("expected a value, found " + TomlCursor.describe(in.peek()));
        }
        int line = in.line(start);
        int col = in.column(start);
        if (token.equals("true") || token.equals("false")) {
            return new TomlBoolean(token.equals("true"), line, col);
        }
        if (token.length() >= 10 && digits(token, 0, 4) && token.charAt(4) == '-') {
            return new TomlDateTime(new TomlDateTimeText(in, token, start).dateTime(), line, col);
        }
        if (token.length() >= 3 && digits(token, 0, 2) && token.charAt(2) == ':') {
            return new TomlDateTime(new TomlDateTimeText(in, token, start).localTime(), line, col);
        }
        return number(token, start, line, col);
    }

    /** The value's characters; a date followed by a space and a time is one token. */
    private String token() {
        String text = in.text();
        int start = in.pos();
        scanTokenChars();
        int end = in.pos();
        if (end - start == 10 && in.peek() == ' ' && isDigit(in.peek(1)) && isDigit(in.peek(2)) && in.peek(3) == ':'
                && digits(text, start, start + 4) && text.charAt(start + 4) == '-') {
            in.advance(1);
            scanTokenChars();
        }
        return text.substring(start, in.pos());
    }

    private void scanTokenChars() {
        while (true) {
            int c = in.peek();
            if (!(TomlCursor.isBareKeyChar(c) || c == '+' || c == '.' || c == ':')) {
                return;
            }
            in.advance(1);
        }
    }

    private TomlValue number(String t, int start, int line, int col) throws SyntaxException {
        boolean signed = t.startsWith("+") || t.startsWith("-");
        String body = signed ? t.substring(1) : t;
        if (body.equals("inf") || body.equals("nan")) {
            double v = body.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return new TomlFloat(t.startsWith("-") ? -v : v, line, col);
        }
        if (body.startsWith("0x") || body.startsWith("0o") || body.startsWith("0b")) {
            if (signed) {
                throw in.error(start, "invalid number '" + excerpt(t) + "': hexadecimal, octal and binary integers"
                        + " cannot have a sign");
            }
            return new TomlInteger(radixInteger(t, start), line, col);
        }
        int intEnd = indexOfAny(body, 0, ".eE");
        if (!validDigits(body, 0, intEnd, 10)) {
            throw invalid(t, start);
        }
        if (intEnd > 1 && body.charAt(0) == '0') {
            throw in.error(start, "invalid number '" + excerpt(t) + "': leading zeros are not allowed");
        }
        if (intEnd == body.length()) {
            try {
                return new TomlInteger(Long.parseLong(t.replace("_", "")), line, col);
            } catch (NumberFormatException e) {
                throw in.error(start, "integer '" + excerpt(t) + "' does not fit in 64 bits ("
                        + Long.MIN_VALUE + ".." + Long.MAX_VALUE + ")");
            }
        }
        validateFraction(body, intEnd, t, start);
        double v = Double.parseDouble(t.replace("_", ""));
        if (Double.isInfinite(v)) {
            throw in.error(start, "float '" + excerpt(t) + "' is too large for 64 bits");
        }
        return new TomlFloat(v, line, col);
    }

    private void validateFraction(String body, int intEnd, String t, int start) throws SyntaxException {
        int i = intEnd;
        if (body.charAt(i) == '.') {
            int fracEnd = indexOfAny(body, i + 1, "eE");
            if (!validDigits(body, i + 1, fracEnd, 10)) {
                throw invalid(t, start);
            }
            i = fracEnd;
        }
        if (i < body.length()) {
            int expStart = i + 1;
            if (expStart < body.length() && (body.charAt(expStart) == '+' || body.charAt(expStart) == '-')) {
                expStart++;
            }
            if (!validDigits(body, expStart, body.length(), 10)) {
                throw invalid(t, start);
            }
        }
    }

    private long radixInteger(String t, int start) throws SyntaxException {
        int radix = switch (t.charAt(1)) {
            case 'x' -> 16;
            case 'o' -> 8;
            default -> 2;
        };
        if (!validDigits(t, 2, t.length(), radix)) {
            throw invalid(t, start);
        }
        BigInteger v = new BigInteger(t.substring(2).replace("_", ""), radix);
        if (v.bitLength() > 63) {
            throw in.error(start, "integer '" + excerpt(t) + "' does not fit in 64 bits");
        }
        return v.longValue();
    }

    private SyntaxException invalid(String t, int start) {
        if (t.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
            if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                return in.error(start, "invalid value '" + t + "': booleans are written in lower case (true, false)");
            }
            return in.error(start, "invalid value '" + excerpt(t) + "': a string needs quotes (\"" + excerpt(t)
                    + "\")");
        }
        if (t.contains("_")) {
            return in.error(start, "invalid number '" + excerpt(t) + "': an underscore must stand between two digits");
        }
        return in.error(start, "invalid value '" + excerpt(t) + "'");
    }

    /** Non-empty, only digits of {@code radix} and single underscores between digits. */
    private static boolean validDigits(String s, int from, int to, int radix) {
        if (from >= to) {
            return false;
        }
        boolean lastWasDigit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!lastWasDigit) {
                    return false;
                }
                lastWasDigit = false;
            } else if (isDigitOf(c, radix)) {
                lastWasDigit = true;
            } else {
                return false;
            }
        }
        return lastWasDigit;
    }

    private static boolean isDigitOf(char c, int radix) {
        return switch (radix) {
            case 16 -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 8 -> c >= '0' && c <= '7';
            case 2 -> c == '0' || c == '1';
            default -> isDigit(c);
        };
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean digits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String excerpt(String t) {
        return t.length() > EXCERPT ? t.substring(0, EXCERPT) + "..." : t;
    }
}
