package dev.cis.ui.terminal;

import com.techsenger.jeditermfx.core.Color;
import com.techsenger.jeditermfx.core.emulator.ColorPalette;

/** The 16 ANSI colours of cis terminals: GitHub's dark terminal palette, readable on its dark background. */
final class TerminalPalette extends ColorPalette {

    static final Color BACKGROUND = new Color(0x0d, 0x11, 0x17);
    static final Color FOREGROUND = new Color(0xe6, 0xed, 0xf3);

    private static final Color[] COLORS = {
        new Color(0x48, 0x4f, 0x58), // black
        new Color(0xff, 0x7b, 0x72), // red
        new Color(0x3f, 0xb9, 0x50), // green
        new Color(0xd2, 0x99, 0x22), // yellow
        new Color(0x58, 0xa6, 0xff), // blue
        new Color(0xbc, 0x8c, 0xff), // magenta
        new Color(0x39, 0xc5, 0xcf), // cyan
        new Color(0xb1, 0xba, 0xc4), // white
        new Color(0x6e, 0x76, 0x81), // bright black
        new Color(0xff, 0xa1, 0x98), // bright red
        new Color(0x56, 0xd3, 0x64), // bright green
        new Color(0xe3, 0xb3, 0x41), // bright yellow
        new Color(0x79, 0xc0, 0xff), // bright blue
        new Color(0xd2, 0xa8, 0xff), // bright magenta
        new Color(0x56, 0xd4, 0xdd), // bright cyan
        new Color(0xff, 0xff, 0xff), // bright white
    };

    @Override
    protected Color getForegroundByColorIndex(int index) {
        return COLORS[index];
    }

    @Override
    protected Color getBackgroundByColorIndex(int index) {
        return COLORS[index];
    }
}
