package dev.cis.core.text;


import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("id", "deps", "prompt", "command", "retry", "retry_backoff_secs",
            "timeout_secs", "agent");

    @Test
    void missingLetterIsFound() {
        assertThat(Suggestions.closest("dep", KEYS)).contains("deps");
    }

    @Test
    void swappedLettersCountAsOneEdit() {
        assertThat(Suggestions.closest("agnet", KEYS)).contains("agent");
        assertThat(Suggestions.distance("agnet", "agent", 5)).isEqualTo(1);
    }

    @Test
    void caseDifferencesAreFree() {
        assertThat(Suggestions.closest("Prompt", KEYS)).contains("prompt");
    }

    @Test
    void prefixBeforeASeparatorIsAMatch() {
        assertThat(Suggestions.closest("timeout", KEYS)).contains("timeout_secs");
        assertThat(Suggestions.closest("retry_backoff", KEYS)).contains("retry_backoff_secs");
        assertThat(Suggestions.closest("claude_code", List.of("shell", "claude", "codex"))).contains("claude");
    }

    @Test
    void unrelatedWordsGetNoSuggestion() {
        assertThat(Suggestions.closest("banana", KEYS)).isEmpty();
        assertThat(Suggestions.didYouMean("banana", KEYS)).isEmpty();
    }

    @Test
    void veryShortWordsOnlyMatchExactlyIgnoringCase() {
        assertThat(Suggestions.closest("x", List.of("a", "b"))).isEmpty();
        assertThat(Suggestions.closest("ID", KEYS)).contains("id");
    }

    @Test
    void didYouMeanIsReadyToAppend() {
        assertThat(Suggestions.didYouMean("comand", KEYS)).isEqualTo(" (did you mean 'command'?)");
    }

    @Test
    void distanceStopsEarlyAboveTheLimit() {
        assertThat(Suggestions.distance("abcdefgh", "zyxwvuts", 2)).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting", 10)).isEqualTo(3);
    }
}
