package dev.cis.ui.terminal;

import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.emulator.ColorPalette;
import com.techsenger.jeditermfx.ui.settings.DefaultSettingsProvider;
import javafx.scene.text.Font;

/** How cis terminals look: a dark palette in both themes, a monospaced font, a long scroll-back, no bell. */
final class TerminalSettings extends DefaultSettingsProvider {

    private static final ColorPalette PALETTE = new TerminalPalette();
    private static final float FONT_SIZE = 13;
    private static final String[] FONTS = {"JetBrains Mono", "DejaVu Sans Mono", "Menlo", "Consolas", "Monospaced"};

    @Override
    public ColorPalette getTerminalColorPalette() {
        return PALETTE;
    }

    @Override
    public Font getTerminalFont() {
        for (String family : FONTS) {
            if (Font.getFamilies().contains(family)) {
                return Font.font(family, FONT_SIZE);
            }
        }
        return Font.font("Monospaced", FONT_SIZE);
    }

    @Override
    public float getTerminalFontSize() {
        return FONT_SIZE;
    }

    @Override
    public TerminalColor getDefaultForeground() {
        return TerminalColor.fromColor(TerminalPalette.FOREGROUND);
    }

    @Override
    public TerminalColor getDefaultBackground() {
        return TerminalColor.fromColor(TerminalPalette.BACKGROUND);
    }

    @Override
    @SuppressWarnings("deprecation")
    public TextStyle getDefaultStyle() {
        return new TextStyle(getDefaultForeground(), getDefaultBackground());
    }

    @Override
    public TextStyle getSelectionColor() {
        return new TextStyle(TerminalColor.WHITE, TerminalColor.rgb(0x26, 0x4f, 0x78));
    }

    @Override
    public boolean useInverseSelectionColor() {
        return false;
    }

    @Override
    public boolean audibleBell() {
        return false;
    }

    @Override
    public int getBufferMaxLinesCount() {
        return 20_000;
    }
}
