package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Display widths: what a terminal shows, not what String.length() counts. */
class FmtTest {

    @Test
    void wideCharactersTakeTwoColumnsAndCombiningMarksNone() {
        assertThat(Fmt.width("编译")).isEqualTo(4);
        assertThat(Fmt.width("e\u0301tape")).isEqualTo(5);
        assertThat(Fmt.width("build")).isEqualTo(5);
    }

    @Test
    void padFillsToDisplayColumns() {
        assertThat(Fmt.pad("编译", 6)).isEqualTo("编译  ");
        assertThat(Fmt.pad("e\u0301", 3)).isEqualTo("e\u0301  ");
    }

    @Test
    void cutNeverSplitsAWideCharacterOverTheLimit() {
        assertThat(Fmt.cut("编译编译", 6)).isEqualTo("编译…");
        assertThat(Fmt.width(Fmt.cut("编译编译", 6))).isLessThanOrEqualTo(6);
        assertThat(Fmt.cut("short", 10)).isEqualTo("short");
    }
}
