package dev.cis.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;

/** The two looks of the app: AtlantaFX Primer light and dark. */
public enum Theme {
    LIGHT,
    DARK;

    /** Makes this theme the look of every window. Call on the FX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    /** The name used in options and settings files: {@code light}, {@code dark}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> fromId(String s) {
        for (Theme t : values()) {
            if (t.id().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
