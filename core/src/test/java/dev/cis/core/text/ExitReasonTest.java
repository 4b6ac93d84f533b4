package dev.cis.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitReasonTest {

    @Test
    void reasonThatOnlyRepeatsTheExitCodeBecomesEmpty() {
        assertThat(ExitReason.besideExit(7, "exited with code 7")).isEmpty();
    }

    @Test
    void whatFollowsTheRepeatedExitCodeIsKept() {
        assertThat(ExitReason.besideExit(7, "exited with code 7; retry 1 of 2")).isEqualTo("retry 1 of 2");
    }

    @Test
    void otherReasonsAndUnknownExitCodesAreKept() {
        assertThat(ExitReason.besideExit(null, "exited with code 7")).isEqualTo("exited with code 7");
        assertThat(ExitReason.besideExit(70, "exited with code 7")).isEqualTo("exited with code 7");
        assertThat(ExitReason.besideExit(1, "timed out after 5 s")).isEqualTo("timed out after 5 s");
        assertThat(ExitReason.besideExit(1, null)).isEmpty();
    }
}
