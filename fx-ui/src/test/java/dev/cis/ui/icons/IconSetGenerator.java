package dev.cis.ui.icons;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * Writes the app icon set into a folder (normally {@code resources/icons}): {@code cis.svg}, PNGs of every
 * size in {@link AppIcon#SIZES}, {@code cis.ico} (Windows) and {@code cis.icns} (macOS), all from
 * {@link AppIcon}'s one geometry. Run headless:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp ... IconSetGenerator DIR}.
 */
public final class IconSetGenerator {

    private IconSetGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "resources/icons");
        Files.createDirectories(dir);
        CompletableFuture<Map<Integer, byte[]>> pngs = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                pngs.complete(renderAll());
            } catch (IOException | RuntimeException e) {
                pngs.completeExceptionally(e);
            }
        });
        Map<Integer, byte[]> bySize = pngs.get();
        for (Map.Entry<Integer, byte[]> e : bySize.entrySet()) {
            Files.write(dir.resolve(AppIcon.fileName(e.getKey())), e.getValue());
        }
        Files.writeString(dir.resolve("cis.svg"), AppIcon.svg(), StandardCharsets.UTF_8);
        Files.write(dir.resolve("cis.ico"), ico(bySize));
        Files.write(dir.resolve("cis.icns"), icns(bySize));
        Platform.exit();
        System.out.println("wrote the icon set to " + dir.toAbsolutePath());
    }

    private static Map<Integer, byte[]> renderAll() throws IOException {
        Map<Integer, byte[]> out = new LinkedHashMap<>();
        for (int size : AppIcon.SIZES) {
            out.put(size, render(size));
        }
        return out;
    }

    /** Renders one size on the FX thread and encodes it as PNG. */
    static byte[] render(int size) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        WritableImage image = AppIcon.graphic(size).snapshot(params, new WritableImage(size, size));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(buffered, "png", bytes);
        return bytes.toByteArray();
    }

    /** An ICO file whose entries are PNGs (supported since Windows Vista), sizes up to 256. */
    private static byte[] ico(Map<Integer, byte[]> pngs) {
        Map<Integer, byte[]> used = new LinkedHashMap<>(pngs);
        used.keySet().removeIf(s -> s > 256);
        int offset = 6 + 16 * used.size();
        int total = offset + used.values().stream().mapToInt(b -> b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) used.size());
        for (Map.Entry<Integer, byte[]> e : used.entrySet()) {
            int s = e.getKey();
            buf.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            buf.putShort((short) 1).putShort((short) 32).putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        used.values().forEach(buf::put);
        return buf.array();
    }

    /** An ICNS file with PNG entries (icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512). */
    private static byte[] icns(Map<Integer, byte[]> pngs) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        int total = 8;
        for (int s : types.values()) {
            total += 8 + pngs.get(s).length;
        }
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        buf.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(total);
        for (Map.Entry<String, Integer> t : types.entrySet()) {
            byte[] png = pngs.get(t.getValue());
            buf.put(t.getKey().getBytes(StandardCharsets.US_ASCII)).putInt(8 + png.length).put(png);
        }
        return buf.array();
    }
}
