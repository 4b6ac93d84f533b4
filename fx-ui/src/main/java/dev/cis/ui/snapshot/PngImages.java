package dev.cis.ui.snapshot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes what a scene shows as a PNG file. */
public final class PngImages {

    private PngImages() {
    }

    /** Renders {@code scene} now (call on the FX thread) and writes it to {@code file}. */
    public static void writeScene(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        write(image, file);
    }

    public static void write(Image image, Path file) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer available to write " + file);
        }
    }
}
