package dev.cis.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputExtractorTest {

    @Test
    void rawKeepsAllTheText() {
        assertThat(OutputExtractor.extract(OutputExtraction.raw(), "a\nb")).isEqualTo("a\nb");
    }

    @Test
    void jsonFieldReadsTheLastJsonLineHavingTheField() {
        String streamed = """
                {"type":"system","subtype":"init"}
                {"type":"assistant","message":{"content":[{"type":"text","text":"working"}]}}
                {"type":"result","subtype":"success","is_error":false,"result":"All tests pass.\\nDone."}
                """;
        assertThat(OutputExtractor.extract(OutputExtraction.jsonField("result"), streamed))
                .isEqualTo("All tests pass.\nDone.");
    }

    @Test
    void jsonFieldFollowsADottedPathThroughObjectsAndArrays() {
        String line = "noise before\n{\"item\":{\"parts\":[{\"text\":\"first\"},{\"text\":\"second\"}]}}\n";
        assertThat(OutputExtractor.extract(OutputExtraction.jsonField("item.parts.1.text"), line)).isEqualTo("second");
    }

    @Test
    void jsonFieldKeepsAllTheTextWhenNoLineHasTheField() {
        assertThat(OutputExtractor.extract(OutputExtraction.jsonField("result"), "plain answer\n{\"x\":1}"))
                .isEqualTo("plain answer\n{\"x\":1}");
    }

    @Test
    void lastBlockIsTheLastParagraph() {
        assertThat(OutputExtractor.extract(OutputExtraction.lastBlock(), "progress\nmore\n\n  \nfinal answer\nline 2\n\n"))
                .isEqualTo("final answer\nline 2");
    }

    @Test
    void afterMarkerIsWhatFollowsTheLastMarker() {
        String text = "Result:\nold\nResult:\nnew answer\n";
        assertThat(OutputExtractor.extract(OutputExtraction.afterMarker("^Result:[ \\t]*$"), text))
                .isEqualTo("new answer");
    }

    @Test
    void afterMarkerKeepsAllTheTextWhenTheMarkerIsMissing() {
        assertThat(OutputExtractor.extract(OutputExtraction.afterMarker("^Result:$"), "no marker"))
                .isEqualTo("no marker");
    }
}
