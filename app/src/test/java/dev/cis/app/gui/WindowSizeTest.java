package dev.cis.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WindowSizeTest {

    @Test
    void widthAndHeightAreRead() {
        assertThat(WindowSize.parse(" 1920X1080 ")).isEqualTo(new WindowSize(1920, 1080));
    }

    @Test
    void aSizeBelowTheWindowMinimumIsRefused() {
        assertThatThrownBy(() -> WindowSize.parse("800x600")).hasMessageContaining("1000x640");
    }

    @Test
    void garbageSaysHowToWriteASize() {
        assertThatThrownBy(() -> WindowSize.parse("large")).hasMessageContaining("WIDTHxHEIGHT, e.g. 1400x900");
    }
}
