package dev.cis.core.monitor;

import dev.cis.core.agent.AutoAnswer;
import java.util.List;
import java.util.Objects;

/**
 * What the screen says right now about waiting for a person, before it is confirmed by time.
 *
 * @param signal  the detector: {@code pattern:<name>}, {@code osc9}, {@code osc777} or {@code silence}
 * @param reason  what it waits for, in words
 * @param key     what identifies it: the lines that matched without what animates on them (timers, spinner frames),
 *                so that a redraw showing them again keeps it the same
 * @param lines   the screen lines that show it, for people
 * @param choices the answers it offers, empty when free text
 * @param auto    the auto-answer rule that answers it, or null
 */
record Candidate(String signal, String reason, String key, List<String> lines, List<String> choices, AutoAnswer auto) {

    Candidate {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(key, "key");
        lines = List.copyOf(lines);
        choices = List.copyOf(choices);
    }

    /** The same question: the same signal and key. */
    boolean sameAs(Candidate other) {
        return other != null && signal.equals(other.signal) && key.equals(other.key);
    }
}
