package dev.cis.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.config.CisConfig;
import dev.cis.core.config.CisHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running engine reads a changed config.toml at the start of the next run. */
class ConfigReloadTest {

    private static final String DAG = "[dag]\nname = \"x\"\n[[dag.tasks]]\nid = \"a\"\ncommand = \"true\"\n";

    @TempDir
    Path dir;

    Engine engine;
    LocalNode node;
    Path config;
    Instant stamp = Instant.parse("2026-01-01T00:00:00Z");

    @BeforeEach
    void open() throws Exception {
        CisHome home = CisHome.at(dir);
        config = home.configFile();
        writeConfig("[dag]\nmax_workers = 2\n");
        engine = Engine.open(home, CisConfig.load(config), "test-node", Clock.systemUTC());
        node = new LocalNode(engine, "test", engine.monitor(), () -> { });
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private void writeConfig(String text) throws Exception {
        Files.createDirectories(config.getParent());
        Files.writeString(config, text);
        stamp = stamp.plusSeconds(10);
        Files.setLastModifiedTime(config, FileTime.from(stamp));
    }

    private void newRun() throws Exception {
        node.submit(dir.resolve("x.toml"), DAG, false);
    }

    @Test
    void aChangedDagDefaultAppliesToTheNextRun() throws Exception {
        writeConfig("[dag]\nmax_workers = 7\n");

        newRun();

        assertThat(engine.loader().parse(DAG, dir.resolve("x.toml"), dir).dag().maxWorkers()).isEqualTo(7);
        assertThat(engine.restartNeeded()).isEmpty();
    }

    @Test
    void aChangedSilenceAppliesToSessionsWatchedFromNowOn() throws Exception {
        writeConfig("[dag]\nmax_workers = 2\n[monitor]\nsilence = \"2s\"\n");

        newRun();

        assertThat(engine.monitor().settings().silence()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aSettingThatNeedsARestartIsReportedAndNotApplied() throws Exception {
        Duration before = engine.monitor().settings().evaluateEvery();
        writeConfig("[dag]\nmax_workers = 2\n[monitor]\nevaluate_every = \"1s\"\n");

        newRun();

        assertThat(engine.restartNeeded()).containsExactly("monitor.evaluate_every");
        assertThat(engine.monitor().settings().evaluateEvery()).isEqualTo(before);
    }

    @Test
    void aBrokenFileKeepsTheSettingsReadBefore() throws Exception {
        writeConfig("[dag]\nmax_workers = 0\n");

        newRun();

        assertThat(engine.config().dagDefaults().maxWorkers()).isEqualTo(2);
    }
}
