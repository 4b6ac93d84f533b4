package dev.cis.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertThat(Plural.of(1, "task")).isEqualTo("1 task");
        assertThat(Plural.of(2, "task")).isEqualTo("2 tasks");
        assertThat(Plural.of(0, "attempt")).isEqualTo("0 attempts");
    }

    @Test
    void wordAloneFollowsTheCount() {
        assertThat(Plural.word(1, "sink task")).isEqualTo("sink task");
        assertThat(Plural.word(3, "sink task")).isEqualTo("sink tasks");
    }
}
