package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.app.gui.GuiServices;
import dev.cis.app.gui.SampleDags;
import dev.cis.ui.main.DagOpenException;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GuiCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(GuiServices services, String... args) {
        CommandLine cl = new CommandLine(new GuiCommand(services));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private GuiServices withSample() {
        return new GuiServices(dir.resolve("home"), Optional.empty(), Clock.systemUTC())
                .withDagOpener(file -> {
                    if (!file.getFileName().toString().equals("release.toml")) {
                        throw new DagOpenException(file + ":1:1: not a DAG file");
                    }
                    return SampleDags.release(file);
                });
    }

    @Test
    void aSnapshotOfAnOpenedDagIsWrittenAtTheAskedSize() throws Exception {
        Path png = dir.resolve("shots/release.png");
        int code = run(withSample(), "--snapshot", png.toString(), "--open", "release.toml", "--select", "review",
                "--size", "1200x760", "--theme", "dark");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(760);
        assertThat(out.toString()).contains("wrote");
    }

    @Test
    void selectingAnUnknownTaskIsAUsageError() {
        int code = run(withSample(), "--snapshot", dir.resolve("x.png").toString(), "--open", "release.toml",
                "--select", "nope");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no task 'nope' in release").contains("plan");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void aDagFileThatCannotBeOpenedIsReportedWithItsPosition() {
        int code = run(withSample(), "--snapshot", dir.resolve("x.png").toString(), "broken.toml");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("broken.toml:1:1: not a DAG file");
    }

    @Test
    void withoutADagFileReaderOpeningAFileIsRefused() {
        GuiServices none = new GuiServices(dir, Optional.empty(), Clock.systemUTC());
        int code = run(none, "--snapshot", dir.resolve("x.png").toString(), "release.toml");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("has no DAG file reader");
    }

    @Test
    void anUnknownThemeIsAUsageError() {
        int code = run(withSample(), "--snapshot", dir.resolve("x.png").toString(), "--theme", "sepia");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("use light or dark");
    }

    @Test
    void aBadSizeSaysHowToWriteIt() {
        int code = run(withSample(), "--snapshot", dir.resolve("x.png").toString(), "--size", "big");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("WIDTHxHEIGHT");
    }

    @Test
    void selectWithoutADagIsAUsageError() {
        int code = run(withSample(), "--snapshot", dir.resolve("x.png").toString(), "--select", "plan");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--select needs a DAG file");
    }
}
