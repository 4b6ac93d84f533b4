package dev.cis.app.cli;

import dev.cis.core.model.TaskStatus;
import dev.cis.core.store.AttemptRecord;
import dev.cis.core.store.TaskRecord;
import dev.cis.core.text.ExitReason;

/** How commands name a task and word its status and reason, the same in every table and line. */
final class TaskText {

    private static final String TIMED_OUT = "timed out";

    private TaskText() {
    }

    /** {@code build}, or {@code build (编译 build)} when the task has a display name other than its id. */
    static String label(String id, String name) {
        return name == null || name.isBlank() || name.equals(id) ? id : id + " (" + name + ")";
    }

    static String label(TaskRecord t) {
        return label(t.taskId(), t.name());
    }

    /** True when the attempt ended because it ran longer than the task's {@code timeout_secs}. */
    static boolean timedOut(AttemptRecord a) {
        return a != null && ("timed_out".equals(a.status().wireName()) || timedOut(a.reason()));
    }

    /** True when a reason says the attempt hit its time limit ({@code timed out after N s}). */
    static boolean timedOut(String reason) {
        return reason != null && reason.startsWith(TIMED_OUT);
    }

    /** The task's status, with {@code (timed out)} after it when its last attempt timed out. */
    static String status(TaskStatus s, boolean timedOut) {
        boolean show = timedOut && (s == TaskStatus.FAILED || s == TaskStatus.RETRYING);
        return s.wireName() + (show ? " (" + TIMED_OUT + ")" : "");
    }

    /** An attempt's status as words: {@code timed out} for one that hit its limit. */
    static String attemptStatus(AttemptRecord a) {
        return timedOut(a) ? TIMED_OUT : a.status().wireName().replace('_', ' ');
    }

    /** The reason without a repeat of the exit code shown next to it (see {@link ExitReason}). */
    static String reasonBesideExit(Integer exitCode, String reason) {
        return ExitReason.besideExit(exitCode, reason);
    }

    /** {@code only attempt 1}, {@code attempts 1..3}. */
    static String attemptRange(int n) {
        return n == 1 ? "only attempt 1" : "attempts 1.." + n;
    }

    /** {@code == review (Review the code), attempt 2 of 2: failed, exit 7 ==}: the line above logs on a terminal. */
    static String attemptHeader(TaskRecord t, AttemptRecord a, int attempts) {
        String exit = a.exitCode() == null ? "" : ", exit " + a.exitCode();
        return "== " + label(t) + ", attempt " + a.key().attempt() + " of " + attempts + ": " + attemptStatus(a)
                + exit + " ==";
    }
}
