package dev.cis.ui.live;

import dev.cis.core.event.RunFinished;
import dev.cis.core.event.SessionBlocked;
import dev.cis.core.event.TaskApprovalRequested;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.RunSummary;
import dev.cis.ui.notify.Notice;
import java.util.ArrayList;
import java.util.List;

/** The words of the notices about runs and tasks. */
final class RunNotices {

    private RunNotices() {
    }

    static Notice blocked(SessionBlocked b, String dagName, Runnable open) {
        return new Notice(Notice.Kind.BLOCKED, b.taskId() + " needs you",
                b.reason() + "\n" + dagName + " \u00b7 run " + b.runId() + "  \u2014  click to open its terminal", open);
    }

    static Notice approval(TaskApprovalRequested a, String dagName, Runnable show) {
        return new Notice(Notice.Kind.APPROVAL, a.taskId() + " waits for your approval",
                dagName + " \u00b7 run " + a.runId() + "  \u2014  click to show it", show);
    }

    static Notice finished(RunFinished f, String dagName, Runnable show) {
        RunSummary s = f.summary();
        boolean ok = f.status() == RunStatus.COMPLETED;
        String title = dagName + (ok ? " completed" : " " + f.status().wireName());
        String text = counts(s) + (f.reason() == null || ok ? "" : "\n" + f.reason());
        return new Notice(ok ? Notice.Kind.COMPLETED : Notice.Kind.FAILED, title, text, show);
    }

    /** {@code 7 of 7 tasks completed}, or {@code 4 completed, 1 failed, 2 skipped (7 tasks)}. */
    static String counts(RunSummary s) {
        if (s.completed() == s.total()) {
            return s.total() + " of " + s.total() + (s.total() == 1 ? " task" : " tasks") + " completed";
        }
        List<String> parts = new ArrayList<>();
        parts.add(s.completed() + " completed");
        if (s.failed() > 0) {
            parts.add(s.failed() + " failed");
        }
        if (s.skipped() > 0) {
            parts.add(s.skipped() + " skipped");
        }
        if (s.cancelled() > 0) {
            parts.add(s.cancelled() + " cancelled");
        }
        return String.join(", ", parts) + " (" + s.total() + (s.total() == 1 ? " task)" : " tasks)");
    }
}
