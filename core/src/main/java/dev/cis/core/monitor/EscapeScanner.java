package dev.cis.core.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads decoded terminal output for two things the emulator does not report: notification requests (OSC 9
 * {@code ESC ] 9 ; text BEL}, OSC 777 {@code ESC ] 777 ; notify ; title ; body BEL}), and an escape sequence cut
 * off at the end of the text, which must wait for the rest of it before it is emulated.
 */
final class EscapeScanner {

    /** An unterminated sequence longer than this is handed over anyway. */
    static final int MAX_HELD = 64 * 1024;
    private static final char ESC = '\u001b';
    private static final char BEL = '\u0007';
    private static final char ST = '\u009c';

    /**
     * @param complete      how many leading characters hold only complete sequences
     * @param notifications notification requests found in those characters, in order
     */
    record Result(int complete, List<Notification> notifications) {
    }

    private EscapeScanner() {
    }

    static Result scan(CharSequence text) {
        List<Notification> found = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.charAt(i) != ESC) {
                i++;
                continue;
            }
            int end = sequenceEnd(text, i, found);
            if (end < 0) {
                return new Result(n - i > MAX_HELD ? n : i, found);
            }
            i = end;
        }
        return new Result(n, found);
    }

    /** The index after the sequence starting with ESC at {@code start}, or -1 when it is cut off. */
    private static int sequenceEnd(CharSequence text, int start, List<Notification> found) {
        int n = text.length();
        if (start + 1 >= n) {
            return -1;
        }
        char kind = text.charAt(start + 1);
        switch (kind) {
            case '[':
                for (int j = start + 2; j < n; j++) {
                    char c = text.charAt(j);
                    if (c >= 0x40 && c <= 0x7e) {
                        return j + 1;
                    }
                }
                return -1;
            case ']', 'P', '_', '^', 'X':
                return stringEnd(text, start, kind == ']' ? found : null);
            case '(', ')', '*', '+', '-', '.', '/', '#', '%', ' ':
                return start + 2 < n ? start + 3 : -1;
            default:
                return start + 2;
        }
    }

    /** The end of a string sequence (OSC, DCS...) terminated by BEL, ST or ESC backslash. */
    private static int stringEnd(CharSequence text, int start, List<Notification> found) {
        int n = text.length();
        for (int j = start + 2; j < n; j++) {
            char c = text.charAt(j);
            if (c == BEL || c == ST) {
                notify(text.subSequence(start + 2, j).toString(), found);
                return j + 1;
            }
            if (c == ESC) {
                if (j + 1 >= n) {
                    return -1;
                }
                if (text.charAt(j + 1) == '\\') {
                    notify(text.subSequence(start + 2, j).toString(), found);
                    return j + 2;
                }
            }
        }
        return -1;
    }

    private static void notify(String payload, List<Notification> found) {
        if (found == null) {
            return;
        }
        if (payload.startsWith("9;")) {
            String text = payload.substring(2);
            // ConEmu uses OSC 9;<number>;... for progress bars and other commands, not for messages
            if (!text.isBlank() && !text.matches("\\d+(;.*)?")) {
                found.add(new Notification("osc9", text));
            }
        } else if (payload.startsWith("777;notify;")) {
            String rest = payload.substring("777;notify;".length());
            int semi = rest.indexOf(';');
            String title = semi < 0 ? rest : rest.substring(0, semi);
            String body = semi < 0 ? "" : rest.substring(semi + 1);
            String text = title.isBlank() ? body : body.isBlank() ? title : title + ": " + body;
            found.add(new Notification("osc777", text));
        }
    }
}
