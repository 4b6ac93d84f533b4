package dev.cis.ui.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The committed icon set (resources/icons, made by IconSetGenerator) matches the icon's geometry and sizes. */
class AppIconTest {

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = AppIcon.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void everySizeIsASquarePngOfThatSize() throws Exception {
        for (int size : AppIcon.SIZES) {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(resource(AppIcon.fileName(size))));
            assertThat(image.getWidth()).as("width of %d", size).isEqualTo(size);
            assertThat(image.getHeight()).as("height of %d", size).isEqualTo(size);
            assertThat(image.getColorModel().hasAlpha()).isTrue();
        }
    }

    @Test
    void theSvgIsTheOneTheGeometryWrites() throws Exception {
        assertThat(new String(resource("cis.svg"), StandardCharsets.UTF_8)).isEqualTo(AppIcon.svg());
    }

    @Test
    void theIcoHoldsTheSizesUpTo256() throws Exception {
        ByteBuffer ico = ByteBuffer.wrap(resource("cis.ico")).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(2)).isEqualTo((short) 1);
        assertThat(ico.getShort(4)).isEqualTo((short) 7);
    }

    @Test
    void theIcnsHasItsMagicAndLength() throws Exception {
        byte[] icns = resource("cis.icns");
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(ByteBuffer.wrap(icns).getInt(4)).isEqualTo(icns.length);
    }
}
