package dev.cis.ui.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a blocked session asks a person.
 *
 * @param sessionId   the session ({@code run:task:attempt})
 * @param runId       its run
 * @param taskId      its task
 * @param reason      what it waits for, in words
 * @param signal      which detector saw it (e.g. {@code pattern:yes_no}), null when unknown
 * @param screenLines the screen lines that show the question
 * @param choices     answers it offers, empty when unknown or free text
 */
public record Question(String sessionId, String runId, String taskId, String reason, String signal,
        List<String> screenLines, List<String> choices) {

    public Question {
        screenLines = screenLines == null ? List.of() : List.copyOf(screenLines);
        choices = choices == null ? List.of() : List.copyOf(choices);
        reason = reason == null || reason.isBlank() ? "waits for a person" : reason;
    }

    /**
     * The buttons to offer: one per choice (the choice then Enter), or Yes / No when the session offered none,
     * and always Enter alone.
     */
    public List<QuickAnswer> quickAnswers() {
        List<QuickAnswer> out = new ArrayList<>();
        if (choices.isEmpty()) {
            out.add(new QuickAnswer("Yes", "y\r"));
            out.add(new QuickAnswer("No", "n\r"));
        } else {
            for (String c : choices) {
                out.add(new QuickAnswer(label(c), c + "\r"));
            }
        }
        out.add(new QuickAnswer("Enter", "\r"));
        return out;
    }

    private static String label(String choice) {
        return switch (choice.strip().toLowerCase(Locale.ROOT)) {
            case "y", "yes" -> "Yes (" + choice + ")";
            case "n", "no" -> "No (" + choice + ")";
            default -> choice;
        };
    }

    /**
     * One quick answer.
     *
     * @param label what the button says
     * @param input what is typed into the session (with {@code \r} for Enter)
     */
    public record QuickAnswer(String label, String input) {
    }
}
