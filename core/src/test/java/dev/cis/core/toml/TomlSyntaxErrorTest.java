package dev.cis.core.toml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid TOML: each case must fail at the given line and column with a message that says why. */
class TomlSyntaxErrorTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("duplicate key", "a = 1\na = 2", 2, 1, "duplicate key 'a' (first defined at line 1)"),
                arguments("duplicate key in inline table", "t = { a = 1, a = 2 }", 1, 14, "duplicate key 'a'"),
                arguments("table defined twice", "[a]\nx = 1\n[a]", 3, 1,
                        "table [a] is defined twice (first at line 1)"),
                arguments("key then table of the same name", "a = 1\n[a]", 2, 1, "'a' is already an integer (line 1)"),
                arguments("header over dotted keys", "a.b = 1\n[a]", 2, 1,
                        "table [a] is already defined by dotted keys"),
                arguments("dotted keys into a header table", "[a.b]\nc = 1\n[a]\nb.d = 2", 4, 1,
                        "table 'b' is defined by a header (line 1)"),
                arguments("dotted keys into a table of an earlier section", "[x]\na.b = 1\n[y]\n[x]\na.c = 2", 4, 1,
                        "table [x] is defined twice"),
                arguments("header over dotted tables of an earlier section", "a.b.c = 1\n[x]\n[a]", 3, 1,
                        "table [a] is already defined by dotted keys"),
                arguments("extending an inline table", "t = { a = 1 }\nt.b = 2", 2, 1, "'t' is an inline table"),
                arguments("header into an inline table", "t = { a = 1 }\n[t.sub]", 2, 2, "'t' is an inline table"),
                arguments("header on an inline table", "t = {}\n[t]", 2, 1,
                        "table [t] is already defined inline at line 1"),
                arguments("array of tables over a static array", "a = [1]\n[[a]]", 2, 1,
                        "it is a static array (line 1)"),
                arguments("table over an array of tables", "[[a]]\n[a]", 2, 1, "[a] is an array of tables (line 1)"),
                arguments("array of tables over a table", "[a]\n[[a]]", 2, 1, "'a' is already a table (line 1)"),
                arguments("unterminated basic string", "a = \"abc\nb = 1", 1, 5, "unterminated string"),
                arguments("unterminated literal string", "a = 'abc", 1, 5, "unterminated string: no closing '"),
                arguments("unterminated multi-line string", "a = \"\"\"abc\n\n", 1, 5, "no closing \"\"\""),
                arguments("bad escape", "a = \"\\q\"", 1, 6, "invalid escape \\q"),
                arguments("surrogate escape", "a = \"\\uD800\"", 1, 6, "escape U+D800 is not a Unicode scalar value"),
                arguments("short unicode escape", "a = \"\\u12\"", 1, 6, "needs exactly 4 hexadecimal digits"),
                arguments("control character in string", "a = \"x\u0001\"", 1, 7, "character U+0001 is not allowed"),
                arguments("control character in comment", "# x\u0007", 1, 4,
                        "character U+0007 is not allowed in a comment"),
                arguments("bare carriage return", "a = 1\rb = 2", 1, 6, "carriage return"),
                arguments("missing value", "a =", 1, 4, "expected a value, found the end of the file"),
                arguments("missing equals", "a 1", 1, 3, "expected '=' after the key 'a'"),
                arguments("bare word value", "a = yes", 1, 5, "a string needs quotes (\"yes\")"),
                arguments("capitalised boolean", "a = True", 1, 5, "booleans are written in lower case"),
                arguments("leading zero", "a = 007", 1, 5, "leading zeros are not allowed"),
                arguments("misplaced underscore", "a = 1__0", 1, 5, "an underscore must stand between two digits"),
                arguments("integer too large", "a = 9223372036854775808", 1, 5, "does not fit in 64 bits"),
                arguments("hex too large", "a = 0x1_0000_0000_0000_0000", 1, 5, "does not fit in 64 bits"),
                arguments("signed hex", "a = -0x1", 1, 5, "cannot have a sign"),
                arguments("float without digits after the dot", "a = 1.", 1, 5, "invalid value '1.'"),
                arguments("float too large", "a = 1e400", 1, 5, "too large for 64 bits"),
                arguments("impossible date", "a = 2023-02-29", 1, 5, "invalid date-time '2023-02-29'"),
                arguments("time without seconds", "a = 07:32", 1, 5, "a time is written HH:MM:SS"),
                arguments("bad offset", "a = 1979-05-27T07:32:00+7", 1, 5, "an offset is Z or +HH:MM"),
                arguments("array without a comma", "a = [1 2]", 1, 8, "expected ',' or ']' in the array"),
                arguments("unclosed array", "a = [1,\n2", 2, 2, "expected ',' or ']'"),
                arguments("inline table over two lines", "a = { b = 1,\nc = 2 }", 1, 13,
                        "an inline table must be on one line"),
                arguments("trailing comma in inline table", "a = { b = 1, }", 1, 14,
                        "trailing comma in an inline table"),
                arguments("text after a value", "a = 1 b = 2", 1, 7, "expected the end of the line after the value"),
                arguments("text after a header", "[a] b = 1", 1, 5,
                        "expected the end of the line after the table header"),
                arguments("unclosed header", "[a\nb = 1", 1, 3, "expected ] to close the table header"),
                arguments("empty header", "[]", 1, 2, "expected a key"),
                arguments("multi-line string as a key", "\"\"\"k\"\"\" = 1", 1, 1,
                        "a key cannot be a multi-line string"),
                arguments("array nested too deep", "a = " + "[".repeat(200), 1, 133, "nested deeper than 128 levels"),
                arguments("inline tables nested too deep", "a = "
                        + "{b=".repeat(200), 1, 389, "nested deeper than 128 levels"),
                arguments("key with too many parts", "a" + ".a".repeat(200)
                        + " = 1", 1, 257, "a key has more than 128 parts"),
                arguments("tables nested too deep", "[" + "a.".repeat(128)
                        + "a]", 1, 258, "a key has more than 128 parts"),
                arguments("header depth over arrays of tables", "[[a]]\n[a" + ".b".repeat(127) + "]", 2, 256,
                        "nested deeper than 128 levels"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void invalidDocumentFailsAtThePlaceOfTheMistake(String what, String toml, int line, int column, String message) {
        SyntaxException e = catchThrowableOfType(SyntaxException.class, () -> TomlParser.parse(toml));

        assertThat(e).as(what).isNotNull();
        assertThat(e.reason()).contains(message);
        assertThat(e.line()).as("line").isEqualTo(line);
        assertThat(e.column()).as("column").isEqualTo(column);
        assertThat(e.getMessage()).isEqualTo(line + ":" + column + ": " + e.reason());
    }

    @Test
    void randomTextNeverFailsWithAnythingButASyntaxException() {
        String alphabet = "[]{}=\"'.,#\n\r\t \\:+-_0123456789abeinftrxoTZuU\u0000\u00e9";
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            try {
                TomlTable t = TomlParser.parse(text);
                assertThat(t.toMap()).isNotNull();
            } catch (SyntaxException e) {
                assertThat(e.line()).isPositive();
                assertThat(e.column()).isPositive();
            }
        }
    }
}
