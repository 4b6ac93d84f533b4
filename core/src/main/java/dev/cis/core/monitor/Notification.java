package dev.cis.core.monitor;

import java.util.Objects;

/**
 * A desktop notification a program asked its terminal to show.
 *
 * @param signal {@code osc9} or {@code osc777}
 * @param text   what it says, control characters removed
 */
record Notification(String signal, String text) {

    static final int MAX_TEXT = 500;

    Notification {
        Objects.requireNonNull(signal, "signal");
        text = clean(text);
    }

    private static String clean(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_TEXT));
        for (int i = 0; i < s.length() && b.length() < MAX_TEXT; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString().strip();
    }
}
