package dev.cis.core.toml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TomlParserTest {

    private static TomlTable parse(String text) throws SyntaxException {
        return TomlParser.parse(text);
    }

    private static Object value(String toml) throws SyntaxException {
        return parse("v = " + toml).toMap().get("v");
    }

    @Test
    void basicStringEscapesAreDecoded() throws SyntaxException {
        assertThat(value("\"a\\tb\\nc\\\\d\\\"e\\u00e9\\U0001F600\\b\\f\\r\""))
                .isEqualTo("a\tb\nc\\d\"eé\uD83D\uDE00\b\f\r");
    }

    @Test
    void literalStringKeepsBackslashes() throws SyntaxException {
        assertThat(value("'C:\\Users\\nodejs\\templates'")).isEqualTo("C:\\Users\\nodejs\\templates");
    }

    @Test
    void multiLineBasicStringTrimsTheFirstNewlineAndJoinsBackslashLines() throws SyntaxException {
        assertThat(value("\"\"\"\nThe quick \\\n    brown \\\n\n   fox.\"\"\"")).isEqualTo("The quick brown fox.");
        assertThat(value("\"\"\"\r\nline one\r\nline two\"\"\"")).isEqualTo("line one\nline two");
    }

    @Test
    void multiLineStringsMayEndWithUpToTwoQuotes() throws SyntaxException {
        assertThat(value("\"\"\"say \"hi\"\"\"\"\"")).isEqualTo("say \"hi\"\"");
        assertThat(value("'''it''s'''''")).isEqualTo("it''s''");
    }

    @Test
    void multiLineLiteralStringIsKeptAsWritten() throws SyntaxException {
        assertThat(value("'''\nfirst \\n\n  second\n'''")).isEqualTo("first \\n\n  second\n");
    }

    @Test
    void integersInEveryNotation() throws SyntaxException {
        assertThat(parse("a = +99\nb = -17\nc = 1_000_000\nd = 0xDEAD_beef\ne = 0o755\nf = 0b1101\ng = -0\n"
                + "h = 9223372036854775807\ni = -9223372036854775808\nj = 0x7FFFFFFFFFFFFFFF").toMap())
                .containsExactly(Map.entry("a", 99L), Map.entry("b", -17L), Map.entry("c", 1_000_000L),
                        Map.entry("d", 0xDEADBEEFL), Map.entry("e", 493L), Map.entry("f", 13L), Map.entry("g", 0L),
                        Map.entry("h", Long.MAX_VALUE), Map.entry("i", Long.MIN_VALUE), Map.entry("j", Long.MAX_VALUE));
    }

    @Test
    void floatsWithFractionsExponentsAndSpecialValues() throws SyntaxException {
        Map<String, Object> m = parse("a = 3.1415\nb = -0.01\nc = 5e+22\nd = 1e06\ne = -2E-2\nf = 6.626e-34\n"
                + "g = 224_617.445_991\nh = inf\ni = -inf\nj = nan\nk = +nan\nl = -0.0").toMap();

        assertThat(m).containsEntry("a", 3.1415).containsEntry("b", -0.01).containsEntry("c", 5e22)
                .containsEntry("d", 1e6).containsEntry("e", -0.02).containsEntry("f", 6.626e-34)
                .containsEntry("g", 224617.445991).containsEntry("h", Double.POSITIVE_INFINITY)
                .containsEntry("i", Double.NEGATIVE_INFINITY).containsEntry("l", -0.0);
        assertThat((Double) m.get("j")).isNaN();
        assertThat((Double) m.get("k")).isNaN();
    }

    @Test
    void booleans() throws SyntaxException {
        assertThat(parse("t = true\nf = false").toMap()).containsExactly(Map.entry("t", true), Map.entry("f", false));
    }

    @Test
    void allFourDateTimeKinds() throws SyntaxException {
        Map<String, Object> m = parse("a = 1979-05-27T07:32:00Z\nb = 1979-05-27 00:32:00.999999-07:00\n"
                + "c = 1979-05-27T07:32:00\nd = 1979-05-27\ne = 00:32:00.5\n"
                + "f = 2024-02-29t23:59:59.123456789123z").toMap();

        assertThat(m.get("a")).isEqualTo(OffsetDateTime.of(1979, 5, 27, 7, 32, 0, 0, ZoneOffset.UTC));
        assertThat(m.get("b")).isEqualTo(OffsetDateTime.of(1979, 5, 27, 0, 32, 0, 999_999_000, ZoneOffset.ofHours(-7)));
        assertThat(m.get("c")).isEqualTo(LocalDateTime.of(1979, 5, 27, 7, 32, 0));
        assertThat(m.get("d")).isEqualTo(LocalDate.of(1979, 5, 27));
        assertThat(m.get("e")).isEqualTo(LocalTime.of(0, 32, 0, 500_000_000));
        assertThat(m.get("f")).isEqualTo(OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_789, ZoneOffset.UTC));
    }

    @Test
    void arraysNestMixTypesAndAllowNewlinesCommentsAndATrailingComma() throws SyntaxException {
        assertThat(value("[ [1, 2], [\"a\", 'b'], # comment\n  1.5, {x = 1},\n]"))
                .isEqualTo(List.of(List.of(1L, 2L), List.of("a", "b"), 1.5, Map.of("x", 1L)));
    }

    @Test
    void inlineTablesWithDottedKeys() throws SyntaxException {
        assertThat(value("{ name = \"x\", point.x = 1, point.y = 2 }"))
                .isEqualTo(Map.of("name", "x", "point", Map.of("x", 1L, "y", 2L)));
    }

    @Test
    void tablesSubTablesAndASuperTableDeclaredAfterItsChild() throws SyntaxException {
        TomlTable t = parse("[a.b.c]\nx = 1\n[a]\ny = 2\n[ a . \"quoted key\" ]\nz = 3\n");

        assertThat(t.toMap()).isEqualTo(Map.of("a", Map.of("b", Map.of("c", Map.of("x", 1L)), "y", 2L,
                "quoted key", Map.of("z", 3L))));
    }

    @Test
    void dottedKeysCreateTablesThatHeadersMayExtendBelow() throws SyntaxException {
        TomlTable t = parse("[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n"
                + "[fruit.apple.texture]\nsmooth = true\n");

        assertThat(t.toMap()).isEqualTo(Map.of("fruit", Map.of("apple", Map.of("color", "red",
                "taste", Map.of("sweet", true), "texture", Map.of("smooth", true)))));
    }

    @Test
    void arraysOfTablesAppendAndSubTablesGoToTheLastElement() throws SyntaxException {
        TomlTable t = parse("[[fruits]]\nname = \"apple\"\n[fruits.physical]\ncolor = \"red\"\n[[fruits.varieties]]\n"
                + "name = \"red delicious\"\n[[fruits]]\nname = \"banana\"\n");

        TomlArray fruits = (TomlArray) t.get("fruits").orElseThrow();
        assertThat(fruits.isArrayOfTables()).isTrue();
        assertThat(fruits.toJava()).isEqualTo(List.of(
                Map.of("name", "apple", "physical", Map.of("color", "red"), "varieties", List.of(Map.of("name",
                        "red delicious"))),
                Map.of("name", "banana")));
    }

    @Test
    void quotedAndBareKeysIncludingDigitsAndEmptyQuotedKey() throws SyntaxException {
        assertThat(parse("1234 = 1\n\"\" = 2\n'lit.key' = 3\n3.14159 = \"pi\"\n\"ʎǝʞ\" = 4").toMap())
                .containsEntry("1234", 1L).containsEntry("", 2L).containsEntry("lit.key", 3L)
                .containsEntry("3", Map.of("14159", "pi")).containsEntry("ʎǝʞ", 4L);
    }

    @Test
    void keysAndValuesKeepTheirLineAndColumn() throws SyntaxException {
        TomlTable t = parse("# header\n[dag]\n  name   =   \"x\"\n\n[[dag.tasks]]\nid = 'a'\n"
                + "deps = [ \"b\",\n   \"c\" ]\n");

        TomlTable dag = (TomlTable) t.get("dag").orElseThrow();
        assertThat(dag.line()).isEqualTo(2);
        assertThat(dag.column()).isEqualTo(1);
        assertThat(dag.key("name").orElseThrow()).isEqualTo(new TomlKey("name", 3, 3));
        TomlValue name = dag.get("name").orElseThrow();
        assertThat(List.of(name.line(), name.column())).containsExactly(3, 14);
        TomlTable task = (TomlTable) ((TomlArray) dag.get("tasks").orElseThrow()).get(0);
        assertThat(List.of(task.line(), task.column())).containsExactly(5, 1);
        TomlArray deps = (TomlArray) task.get("deps").orElseThrow();
        assertThat(List.of(deps.line(), deps.column())).containsExactly(7, 8);
        assertThat(List.of(deps.get(1).line(), deps.get(1).column())).containsExactly(8, 4);
    }

    @Test
    void keysKeepTheOrderWritten() throws SyntaxException {
        assertThat(parse("z = 1\na = 2\nm = 3").keys()).containsExactly("z", "a", "m");
    }

    @Test
    void crlfLineEndingsAndAByteOrderMarkAreAccepted() throws SyntaxException {
        TomlTable t = parse("\uFEFFa = 1\r\n[b]\r\nc = \"x\" # note\r\n");

        assertThat(t.toMap()).isEqualTo(Map.of("a", 1L, "b", Map.of("c", "x")));
        assertThat(t.get("a").orElseThrow().column()).isEqualTo(5);
    }

    @Test
    void emptyAndCommentOnlyDocumentsAreEmptyTables() throws SyntaxException {
        assertThat(parse("").isEmpty()).isTrue();
        assertThat(parse("# only a comment").isEmpty()).isTrue();
        assertThat(parse("\n\n   \t\n").isEmpty()).isTrue();
    }

    @Test
    void nestingUpToTheLimitIsAccepted() throws SyntaxException {
        String deep = "[".repeat(TomlParser.MAX_DEPTH - 1) + "]".repeat(TomlParser.MAX_DEPTH - 1);

        assertThat(parse("v = " + deep).get("v")).isPresent();
    }

    @Test
    void describeGivesTypeAndExcerpt() throws SyntaxException {
        TomlTable t = parse("s = \"" + "x".repeat(50) + "\"\ni = 3\nb = false\nd = 2020-01-01\na = []\nt = {}");

        assertThat(t.get("s").orElseThrow().describe()).isEqualTo("string \"" + "x".repeat(40) + "...\"");
        assertThat(t.get("i").orElseThrow().describe()).isEqualTo("integer 3");
        assertThat(t.get("b").orElseThrow().describe()).isEqualTo("boolean false");
        assertThat(t.get("d").orElseThrow().describe()).isEqualTo("local date 2020-01-01");
        assertThat(t.get("a").orElseThrow().describe()).isEqualTo("array");
        assertThat(t.get("t").orElseThrow().describe()).isEqualTo("table");
    }
}
