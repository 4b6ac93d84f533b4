package dev.cis.app.gui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A window size written {@code WIDTHxHEIGHT}, e.g. {@code 1400x900}. */
public record WindowSize(int width, int height) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2,5})\\s*[xX]\\s*(\\d{2,5})");

    /** Parses {@code 1400x900}; throws with a message that says what is accepted. */
    public static WindowSize parse(String s) {
        Matcher m = FORMAT.matcher(s == null ? "" : s.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + s + "' is not a size; write WIDTHxHEIGHT, e.g. 1400x900");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < 1000 || h < 640 || w > 7680 || h > 4320) {
            throw new IllegalArgumentException("size " + w + "x" + h
                    + " is outside 1000x640 (the window's minimum) .. 7680x4320");
        }
        return new WindowSize(w, h);
    }
}
