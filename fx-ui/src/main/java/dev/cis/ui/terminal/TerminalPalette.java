package dev.cis.ui.terminal;

import com.techsenger.jeditermfx.core.Color;
import com.techsenger.jeditermfx.core.emulator.ColorPalette;
import dev.cis.ui.theme.Theme;

/**
 * The colours of cis terminals for one theme: GitHub's terminal palettes (Primer), the dark one on a dark
 * background, the light one on white, so that a terminal matches the window around it.
 */
final class TerminalPalette extends ColorPalette {

    static final TerminalPalette DARK = new TerminalPalette(rgb(0x0d1117), rgb(0xe6edf3), rgb(0x264f78), new int[] {
        0x484f58, 0xff7b72, 0x3fb950, 0xd29922, 0x58a6ff, 0xbc8cff, 0x39c5cf, 0xb1bac4,
        0x6e7681, 0xffa198, 0x56d364, 0xe3b341, 0x79c0ff, 0xd2a8ff, 0x56d4dd, 0xffffff,
    });

    static final TerminalPalette LIGHT = new TerminalPalette(rgb(0xffffff), rgb(0x1f2328), rgb(0xb6e3ff), new int[] {
        0x24292f, 0xcf222e, 0x116329, 0x4d2d00, 0x0969da, 0x8250df, 0x1b7c83, 0x6e7781,
        0x57606a, 0xa40e26, 0x1a7f37, 0x633c01, 0x218bff, 0xa475f9, 0x3192aa, 0x8c959f,
    });

    private final Color background;
    private final Color foreground;
    private final Color selection;
    private final Color[] colors = new Color[16];

    private TerminalPalette(Color background, Color foreground, Color selection, int[] ansi) {
        this.background = background;
        this.foreground = foreground;
        this.selection = selection;
        for (int i = 0; i < colors.length; i++) {
            colors[i] = rgb(ansi[i]);
        }
    }

    static TerminalPalette of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    private static Color rgb(int rgb) {
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    Color background() {
        return background;
    }

    Color foreground() {
        return foreground;
    }

    /** The background of selected text (its text keeps the default foreground). */
    Color selection() {
        return selection;
    }

    @Override
    protected Color getForegroundByColorIndex(int index) {
        return colors[index];
    }

    @Override
    protected Color getBackgroundByColorIndex(int index) {
        return colors[index];
    }
}
