package dev.cis.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.app.gui.GuiServices;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GuiCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path flow;

    @BeforeEach
    void writeDags() throws Exception {
        flow = dir.resolve("flow.toml");
        Files.writeString(flow, """
                [dag]
                name = "flow"
                default_agent = "fake-agent"

                [[dag.tasks]]
                id = "plan"
                prompt = "Plan it. [output: planned]"

                [[dag.tasks]]
                id = "build"
                prompt = "Build it. [print-lines 3] [sleep 30]"
                deps = ["plan"]
                """);
        Files.writeString(dir.resolve("broken.toml"), """
                [dag]
                name = "broken"

                [[dag.tasks]]
                id = "plan"
                prompt = "Plan it."
                colour = "blue"
                """);
    }

    private GuiServices services() {
        return GuiServices.at(dir.resolve("home"));
    }

    private int run(GuiServices services, String... args) {
        CommandLine cl = new CommandLine(new GuiCommand(services));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void aSnapshotShowsTheDagRunningAtTheAskedSize() throws Exception {
        Path png = dir.resolve("shots/flow.png");
        int code = run(services(), "--snapshot", png.toString(), "--open", flow.toString(), "--select", "plan",
                "--after", "1", "--size", "1200x760", "--theme", "dark");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(760);
        assertThat(out.toString()).contains("wrote");
        assertThat(dir.resolve("home")).as("a snapshot runs on a temporary home of its own").doesNotExist();
    }

    @Test
    void selectingAnUnknownTaskIsAUsageError() {
        int code = run(services(), "--snapshot", dir.resolve("x.png").toString(), "--open", flow.toString(),
                "--select", "nope");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no task 'nope' in flow").contains("plan");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void aDagFileWithErrorsIsReportedWithLineAndColumnAndNothingRuns() {
        int code = run(services(), "--snapshot", dir.resolve("x.png").toString(),
                dir.resolve("broken.toml").toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).containsPattern("broken\\.toml:7:\\d+: error: .*colour");
        assertThat(dir.resolve("x.png")).doesNotExist();
        assertThat(dir.resolve("home")).doesNotExist();
    }

    @Test
    void withoutADagFileReaderOpeningAFileIsRefused() {
        int code = run(services().withoutDagOpener(), "--snapshot", dir.resolve("x.png").toString(),
                flow.toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("has no DAG file reader");
    }

    @Test
    void anUnknownThemeIsAUsageError() {
        int code = run(services(), "--snapshot", dir.resolve("x.png").toString(), "--theme", "sepia");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("use light or dark");
    }

    @Test
    void aBadSizeSaysHowToWriteIt() {
        int code = run(services(), "--snapshot", dir.resolve("x.png").toString(), "--size", "big");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("WIDTHxHEIGHT");
    }

    @Test
    void selectWithoutADagIsAUsageError() {
        int code = run(services(), "--snapshot", dir.resolve("x.png").toString(), "--select", "plan");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--select needs a DAG file");
    }
}
