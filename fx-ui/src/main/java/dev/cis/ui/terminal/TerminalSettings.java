package dev.cis.ui.terminal;

import com.techsenger.jeditermfx.core.Color;
import com.techsenger.jeditermfx.core.TerminalColor;
import com.techsenger.jeditermfx.core.TextStyle;
import com.techsenger.jeditermfx.core.emulator.ColorPalette;
import com.techsenger.jeditermfx.ui.settings.DefaultSettingsProvider;
import dev.cis.ui.theme.Theme;
import javafx.scene.text.Font;

/**
 * How a cis terminal looks: the palette of the window's theme, a monospaced font, a long scroll-back, no bell.
 * The default colours are looked up when the terminal paints, so text already on the screen takes a new theme.
 */
final class TerminalSettings extends DefaultSettingsProvider {

    private static final float FONT_SIZE = 13;
    private static final String[] FONTS = {"JetBrains Mono", "DejaVu Sans Mono", "Menlo", "Consolas", "Monospaced"};

    private volatile TerminalPalette palette;
    private final TerminalColor foreground = new TerminalColor(() -> palette.foreground());
    private final TerminalColor background = new TerminalColor(() -> palette.background());
    private final TerminalColor selection = new TerminalColor(() -> palette.selection());
    private final ColorPalette current = new ColorPalette() {
        @Override
        protected Color getForegroundByColorIndex(int index) {
            return palette.getForeground(TerminalColor.index(index));
        }

        @Override
        protected Color getBackgroundByColorIndex(int index) {
            return palette.getBackground(TerminalColor.index(index));
        }
    };

    TerminalSettings(Theme theme) {
        setTheme(theme);
    }

    /** Takes the colours of {@code theme}; the terminal shows them when it paints next. */
    void setTheme(Theme theme) {
        palette = TerminalPalette.of(theme);
    }

    @Override
    public ColorPalette getTerminalColorPalette() {
        return current;
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
        return foreground;
    }

    @Override
    public TerminalColor getDefaultBackground() {
        return background;
    }

    @Override
    @SuppressWarnings("deprecation")
    public TextStyle getDefaultStyle() {
        return new TextStyle(foreground, background);
    }

    @Override
    public TextStyle getSelectionColor() {
        return new TextStyle(foreground, selection);
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
