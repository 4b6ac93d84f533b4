package dev.cis.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class EventSizeTest {

    @Test
    void contentThatFitsIsLeftAsItIs() {
        ObjectNode c = MatrixHttp.JSON.createObjectNode().put("screen", "short");
        assertThat(EventSize.fit(c)).isSameAs(c);
    }

    @Test
    void theLongestFieldIsCutFirstAndTheNoteSaysSo() {
        ObjectNode c = MatrixHttp.JSON.createObjectNode().put("run_id", "r1").put("body", "b".repeat(10_000))
                .put("screen", "s".repeat(100_000));
        ObjectNode fitted = EventSize.fit(c);
        assertThat(EventSize.bytes(fitted)).isLessThanOrEqualTo(EventSize.MAX_CONTENT_BYTES);
        assertThat(fitted.path("body").asText()).hasSize(10_000);
        assertThat(fitted.path("run_id").asText()).isEqualTo("r1");
        assertThat(fitted.path("screen").asText()).endsWith(EventSize.MARK);
        assertThat(fitted.path(EventSize.NOTE).get(0).asText()).matches("screen: \\d+ of 100000 bytes kept");
        assertThat(c.path("screen").asText()).hasSize(100_000);
    }

    @Test
    void severalLongFieldsAreCutUntilItFitsEvenInsideNestedObjects() {
        ObjectNode c = MatrixHttp.JSON.createObjectNode();
        c.putObject("summary").put("output_preview", "o".repeat(50_000));
        c.put("screen", "s".repeat(50_000));
        ObjectNode fitted = EventSize.fit(c);
        assertThat(EventSize.bytes(fitted)).isLessThanOrEqualTo(EventSize.MAX_CONTENT_BYTES);
        assertThat(fitted.path(EventSize.NOTE).toString()).contains("summary.output_preview");
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String emoji = "😀".repeat(30_000);
        ObjectNode fitted = EventSize.fit(MatrixHttp.JSON.createObjectNode().put("body", emoji));
        String body = fitted.path("body").asText();
        String kept = body.substring(0, body.length() - EventSize.MARK.length());
        assertThat(kept.codePoints().allMatch(cp -> cp == 0x1F600)).isTrue();
        assertThat(EventSize.bytes(fitted)).isLessThanOrEqualTo(EventSize.MAX_CONTENT_BYTES);
    }

    @Test
    void contentWithoutALongTextFieldIsRefusedWithItsSize() {
        ObjectNode c = MatrixHttp.JSON.createObjectNode();
        for (int i = 0; i < 20_000; i++) {
            c.put("k" + i, i);
        }
        assertThatThrownBy(() -> EventSize.fit(c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be cut under 61440 bytes");
    }
}
