package dev.cis.ui.action;

/**
 * An action that could not be done, told to the person.
 *
 * @param title   what failed, short ("Cannot run broken.toml")
 * @param details why, and what to do (may be several lines, e.g. {@code FILE:LINE:COL: error: ...})
 */
public record ActionProblem(String title, String details) {
}
