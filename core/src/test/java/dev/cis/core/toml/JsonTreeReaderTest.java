package dev.cis.core.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTreeReaderTest {

    @Test
    void objectsArraysAndScalarsBecomeTheSameTreeAsToml() throws SyntaxException {
        TomlTable t = JsonTreeReader.read("{\"s\": \"x\\u00e9\", \"i\": -3, \"f\": 2.5, \"b\": true, "
                + "\"a\": [1, \"two\", {\"k\": false}], \"o\": {\"n\": {}}}");

        assertThat(t.toMap()).isEqualTo(Map.of("s", "xé", "i", -3L, "f", 2.5, "b", true,
                "a", List.of(1L, "two", Map.of("k", false)), "o", Map.of("n", Map.of())));
        assertThat(t.get("s").orElseThrow()).isInstanceOf(TomlString.class);
        assertThat(t.get("i").orElseThrow()).isInstanceOf(TomlInteger.class);
        assertThat(t.get("f").orElseThrow()).isInstanceOf(TomlFloat.class);
        assertThat(t.get("a").orElseThrow()).isInstanceOf(TomlArray.class);
    }

    @Test
    void keysAndValuesKeepTheirLineAndColumn() throws SyntaxException {
        TomlTable t = JsonTreeReader.read("{\n  \"dag\": {\n    \"tasks\": [\n      {\"id\": \"a\"}\n    ]\n  }\n}");

        TomlTable dag = (TomlTable) t.get("dag").orElseThrow();
        assertThat(t.key("dag").orElseThrow()).isEqualTo(new TomlKey("dag", 2, 3));
        assertThat(List.of(dag.line(), dag.column())).containsExactly(2, 10);
        TomlTable task = (TomlTable) ((TomlArray) dag.get("tasks").orElseThrow()).get(0);
        assertThat(task.key("id").orElseThrow()).isEqualTo(new TomlKey("id", 4, 8));
        TomlValue id = task.get("id").orElseThrow();
        assertThat(List.of(id.line(), id.column())).containsExactly(4, 14);
    }

    @Test
    void keysKeepTheOrderWritten() throws SyntaxException {
        assertThat(JsonTreeReader.read("{\"z\": 1, \"a\": 2, \"m\": 3}").keys()).containsExactly("z", "a", "m");
    }

    @Test
    void duplicateKeyIsAnErrorAtTheSecondKey() {
        SyntaxException e = catchThrowableOfType(SyntaxException.class,
                () -> JsonTreeReader.read("{\"a\": 1,\n \"a\": 2}"));

        assertThat(e.reason()).isEqualTo("duplicate key \"a\" (first defined at line 1)");
        assertThat(List.of(e.line(), e.column())).containsExactly(2, 2);
    }

    @Test
    void nullIsAnErrorThatNamesTheKey() {
        SyntaxException e = catchThrowableOfType(SyntaxException.class, () -> JsonTreeReader.read("{\"name\": null}"));

        assertThat(e.reason()).isEqualTo("\"name\" is null; leave the key out or give it a value");
        assertThat(List.of(e.line(), e.column())).containsExactly(1, 10);
    }

    @Test
    void integerBeyondSixtyFourBitsIsAnError() {
        SyntaxException e = catchThrowableOfType(SyntaxException.class,
                () -> JsonTreeReader.read("{\"n\": 123456789012345678901234567890}"));

        assertThat(e.reason()).contains("does not fit in 64 bits");
    }

    @Test
    void topLevelMustBeAnObject() {
        SyntaxException e = catchThrowableOfType(SyntaxException.class, () -> JsonTreeReader.read("  [1]"));

        assertThat(e.reason()).isEqualTo("expected a JSON object { ... } at the top, found an array");
        assertThat(List.of(e.line(), e.column())).containsExactly(1, 3);
    }

    @Test
    void contentAfterTheObjectIsAnError() {
        SyntaxException e = catchThrowableOfType(SyntaxException.class, () -> JsonTreeReader.read("{}\n{}"));

        assertThat(e.reason()).contains("after the end of the top-level object");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void syntaxErrorsCarryJacksonsPositionWithoutInternalDetails() {
        SyntaxException e = catchThrowableOfType(SyntaxException.class, () -> JsonTreeReader.read("{\"a\": [1, 2,]}"));

        assertThat(List.of(e.line(), e.column())).containsExactly(1, 13);
        assertThat(e.reason()).doesNotContain("Source:").doesNotContain("JsonReadFeature");
    }

    @Test
    void nestingBeyondTheLimitIsAnErrorNotAStackOverflow() {
        SyntaxException e = catchThrowableOfType(SyntaxException.class,
                () -> JsonTreeReader.read("{\"a\": " + "[".repeat(100_000)));

        assertThat(e.reason()).isEqualTo("nested deeper than 128 levels");
    }

    @Test
    void emptyTextIsAnError() {
        SyntaxException e = catchThrowableOfType(SyntaxException.class, () -> JsonTreeReader.read(""));

        assertThat(e.reason()).contains("the document is empty");
    }
}
