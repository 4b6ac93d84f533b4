package dev.cis.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTest {

    private static Question asking(List<String> choices) {
        return new Question("r:t:1", "r", "t", "asks: Apply? (y/n)", "pattern:yes_no", List.of("Apply? (y/n)"),
                choices);
    }

    @Test
    void theSessionsChoicesBecomeAnswersFollowedByEnter() {
        assertThat(asking(List.of("y", "n")).quickAnswers()).containsExactly(
                new Question.QuickAnswer("Yes (y)", "y\r"),
                new Question.QuickAnswer("No (n)", "n\r"),
                new Question.QuickAnswer("Enter", "\r"));
    }

    @Test
    void withoutChoicesYesNoAndEnterAreOffered() {
        assertThat(asking(List.of()).quickAnswers()).extracting(Question.QuickAnswer::input)
                .containsExactly("y\r", "n\r", "\r");
    }

    @Test
    void aMenuOfNumbersIsOfferedAsIs() {
        assertThat(asking(List.of("1", "2")).quickAnswers()).extracting(Question.QuickAnswer::label)
                .containsExactly("1", "2", "Enter");
    }

    @Test
    void aQuestionWithoutAReasonSaysItWaits() {
        assertThat(new Question("s", "r", "t", null, null, null, null).reason()).isEqualTo("waits for a person");
    }
}
