package dev.cis.app.cli;

import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import dev.cis.core.text.Plural;
import org.jline.utils.WCWidth;

/** How commands show times, durations and statuses. */
final class Fmt {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private Fmt() {
    }

    static String time(Instant t) {
        return t == null ? "-" : TIME.format(t);
    }

    static String clock(Instant t) {
        return t == null ? "--:--:--" : CLOCK.format(t);
    }

    /** {@code 850ms}, {@code 12.3s}, {@code 4m05s}, {@code 2h03m}. */
    static String duration(Duration d) {
        if (d == null) {
            return "-";
        }
        long ms = Math.max(0, d.toMillis());
        if (ms < 1000) {
            return ms + "ms";
        }
        if (ms < 60_000) {
            return String.format("%.1fs", ms / 1000.0);
        }
        long s = ms / 1000;
        if (s < 3600) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        return String.format("%dh%02dm", s / 3600, (s % 3600) / 60);
    }

    static String between(Instant from, Instant to) {
        if (from == null) {
            return "-";
        }
        return duration(Duration.between(from, to == null ? Instant.now() : to));
    }

    static String symbol(TaskStatus s) {
        return switch (s) {
            case PENDING -> "·";
            case WAITING_APPROVAL -> "?";
            case READY -> "○";
            case RUNNING -> "▶";
            case BLOCKED -> "!";
            case RETRYING -> "↻";
            case COMPLETED -> "✔";
            case FAILED -> "✘";
            case SKIPPED -> "-";
            case CANCELLED -> "■";
        };
    }

    /** ANSI colour code of a task status (used only on terminals). */
    static String colour(TaskStatus s) {
        return switch (s) {
            case RUNNING -> "36";
            case BLOCKED, WAITING_APPROVAL -> "1;33";
            case RETRYING -> "33";
            case COMPLETED -> "32";
            case FAILED -> "31";
            case CANCELLED, SKIPPED, PENDING, READY -> "90";
        };
    }

    static String colour(RunStatus s) {
        return switch (s) {
            case CREATED -> "90";
            case RUNNING -> "36";
            case COMPLETED -> "32";
            case FAILED -> "31";
            case CANCELLED -> "90";
        };
    }

    static String paint(boolean ansi, String code, String text) {
        return ansi ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    /** True when output goes to a terminal that accepts colours. */
    static boolean ansi() {
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }

    /**
     * Columns {@code s} takes on a terminal: wide (CJK) characters count two, combining marks and zero-width
     * characters none. Every table pads and cuts with this, never with {@code String.length()}.
     */
    static int width(String s) {
        if (s == null) {
            return 0;
        }
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    /** {@code s} (null as empty) with spaces after it up to {@code columns} display columns. */
    static String pad(String s, int columns) {
        String t = s == null ? "" : s;
        int w = width(t);
        return w >= columns ? t : t + " ".repeat(columns - w);
    }

    /** One line of at most {@code max} display columns, ending in {@code …} when it was cut. */
    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ').replace('\r', ' ');
        if (width(one) <= max) {
            return one;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < one.length(); ) {
            int cp = one.codePointAt(i);
            int cw = Math.max(0, WCWidth.wcwidth(cp));
            if (w + cw > max - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    /** The widest of {@code values} in display columns, at least {@code min} and at most {@code max}. */
    static int columns(java.util.stream.Stream<String> values, int min, int max) {
        return Math.min(max, Math.max(min, values.mapToInt(Fmt::width).max().orElse(min)));
    }

    /** {@code 1 task}, {@code 2 tasks}, {@code 0 tasks}. */
    static String plural(long n, String word) {
        return Plural.of(n, word);
    }
}
