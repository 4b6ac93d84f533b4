package dev.cis.ui.main;

import dev.cis.ui.theme.Theme;

/**
 * What the main window remembers between starts.
 *
 * @param x                 left of the window on the desktop
 * @param y                 top of the window on the desktop
 * @param width             window width
 * @param height            window height
 * @param maximized         whether it was maximized
 * @param runsDivider       position (0..1) of the divider right of the runs list
 * @param inspectorDivider  position (0..1) of the divider left of the inspector
 * @param terminalDivider   position (0..1) of the divider above the terminal area
 * @param theme             light or dark
 */
public record WindowState(double x, double y, double width, double height, boolean maximized,
        double runsDivider, double inspectorDivider, double terminalDivider, Theme theme) {

    /** Width and height under which the window cannot be made. */
    public static final double MIN_WIDTH = 1000;
    public static final double MIN_HEIGHT = 640;

    /** A first start: 1400x900 centred (NaN position), default dividers, light theme. */
    public static WindowState defaults() {
        return new WindowState(Double.NaN, Double.NaN, 1400, 900, false, 0.18, 0.77, 0.80, Theme.LIGHT);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
