package dev.cis.core.agent;

import java.util.Objects;

/**
 * What to send for a quick "yes" or "no" to the agent's usual question, including the Enter key
 * ({@code \r}) when the agent needs one: {@code "y\r"}/{@code "n\r"} for a line prompt, {@code "1"} /
 * {@code "\u001b"} (Escape) for a menu that reacts to single keys.
 */
public record QuickAnswers(String yes, String no) {

    public static final QuickAnswers LINE_Y_N = new QuickAnswers("y\r", "n\r");

    public QuickAnswers {
        Objects.requireNonNull(yes, "yes");
        Objects.requireNonNull(no, "no");
    }
}
