package dev.cis.app.cli;

import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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

    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ').replace('\r', ' ');
        return one.length() <= max ? one : one.substring(0, Math.max(0, max - 1)) + "…";
    }
}
