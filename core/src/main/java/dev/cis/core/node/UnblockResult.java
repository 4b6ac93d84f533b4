package dev.cis.core.node;

/**
 * @param sent      the input was written to the session
 * @param recovered the session was seen running again (or ended) within the wait
 * @param state     its state at the end of the wait: running, blocked or exited
 * @param message   what happened, for people
 */
public record UnblockResult(boolean sent, boolean recovered, String state, String message) {
}
