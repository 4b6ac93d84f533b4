package dev.cis.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    @Test
    void aNumberedMenuListsItsItemsAsShown() {
        assertThat(Choices.in(List.of("│ Do you want to proceed?      │", "│ ❯ 1. Yes                     │",
                "│   2. Yes, and don't ask again │", "│   3. No (esc)                │")))
                .containsExactly("1. Yes", "2. Yes, and don't ask again", "3. No (esc)");
    }

    @Test
    void menuItemsMustCountFromOne() {
        assertThat(Choices.in(List.of("Steps done:", "2. build", "3. test"))).isEmpty();
    }

    @Test
    void letterChoicesAreListedAsLowerCaseWords() {
        assertThat(Choices.in(List.of("Run shell command? (Y)es/(N)o/(D)on't ask again [Yes]:")))
                .containsExactly("yes", "no", "don't ask again");
    }

    @Test
    void bracketedYesNoIsListedAsTheKeysToType() {
        assertThat(Choices.in(List.of("Apply? (y/n)"))).containsExactly("y", "n");
        assertThat(Choices.in(List.of("Allow command? [y/N]"))).containsExactly("y", "n");
        assertThat(Choices.in(List.of("Overwrite? (yes/no)"))).containsExactly("yes", "no");
    }

    @Test
    void aQuestionWithoutChoicesHasNone() {
        assertThat(Choices.in(List.of("Password:"))).isEmpty();
        assertThat(Choices.in(List.of())).isEmpty();
    }
}
