package dev.cis.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cis gui --snapshot} as a person runs it: a separate process on the launcher's class path. */
class GuiSnapshotProcessTest {

    @TempDir
    Path dir;

    @Test
    void theLauncherWritesAHeadlessSnapshotAndExitsZero() throws Exception {
        Path png = dir.resolve("window.png");
        String cp = System.getProperty("cis.app.classes") + File.pathSeparator
                + System.getProperty("cis.app.lib") + File.separator + "*";
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "dev.cis.app.Main", "gui", "--snapshot", png.toString(), "--theme", "dark",
                "--size", "1280x800"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within 120 s").isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("wrote " + png).doesNotContain("Unsupported JavaFX configuration");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
    }

    @Test
    void theLauncherSnapshotsTheDemoRunningWithATerminalOpen() throws Exception {
        Path png = dir.resolve("demo.png");
        Path demo = Path.of(System.getProperty("cis.repo.root")).resolve("resources/examples/demo.toml");
        String cp = System.getProperty("cis.app.classes") + File.pathSeparator
                + System.getProperty("cis.app.lib") + File.separator + "*";
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "dev.cis.app.Main", "gui", "--snapshot", png.toString(), "--open", demo.toString(),
                "--after", "3", "--select", "plan"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("demo.txt").toFile())
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished within 180 s").isTrue();
        String out = Files.readString(dir.resolve("demo.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("wrote " + png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        // the terminal area (below the graph, above the status bar) shows a white terminal in the light theme;
        // without a terminal it shows the muted background of an empty area
        int white = 0xffffff;
        assertThat(countPixels(image, white, 760, 860)).as("the terminal of plan is open").isGreaterThan(100_000);
    }

    private static int countPixels(BufferedImage image, int rgb, int fromY, int toY) {
        int n = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
