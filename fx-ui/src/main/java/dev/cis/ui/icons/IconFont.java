package dev.cis.ui.icons;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.kordamp.ikonli.Ikon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Material Design Icons font of Ikonli, for drawing icons on a canvas where {@code FontIcon} nodes
 * cannot go.
 */
public final class IconFont {

    private static final Logger LOG = LoggerFactory.getLogger(IconFont.class);
    private static final String RESOURCE =
            "/META-INF/resources/materialdesign2/7.4.47/fonts/materialdesignicons-webfont.ttf";
    private static final String FAMILY = "Material Design Icons";
    private static volatile boolean loaded;

    private IconFont() {
    }

    /** The icon font at {@code size}; loads it on first use. */
    public static Font font(double size) {
        ensureLoaded();
        return Font.font(FAMILY, size);
    }

    /** The text that draws {@code ikon} with {@link #font}. */
    public static String glyph(Ikon ikon) {
        return new String(Character.toChars(ikon.getCode()));
    }

    private static void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (IconFont.class) {
            if (loaded) {
                return;
            }
            try (InputStream in = IconFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null || Font.loadFont(in, 12) == null) {
                    LOG.warn("icon font {} could not be loaded; graph icons will be missing", RESOURCE);
                }
            } catch (IOException e) {
                LOG.warn("icon font {} could not be read", RESOURCE, e);
            }
            loaded = true;
        }
    }
}
