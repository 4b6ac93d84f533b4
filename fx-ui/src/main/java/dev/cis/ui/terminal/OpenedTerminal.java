package dev.cis.ui.terminal;

import com.techsenger.jeditermfx.core.TtyConnector;

/**
 * A terminal ready to be shown.
 *
 * @param sessionId the session it shows ({@code run:task:attempt})
 * @param runId     its run
 * @param taskId    its task
 * @param attempt   the attempt
 * @param live      true when attached to the running session, false for a read-only recording
 * @param connector what feeds the terminal widget
 */
public record OpenedTerminal(String sessionId, String runId, String taskId, int attempt, boolean live,
        TtyConnector connector) {

    /** The tab title: the task, and the attempt when it is not the first. */
    public String title() {
        return attempt > 1 ? taskId + " #" + attempt : taskId;
    }
}
