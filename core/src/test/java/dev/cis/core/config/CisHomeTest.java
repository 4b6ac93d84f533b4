package dev.cis.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CisHomeTest {

    @TempDir
    Path dir;

    @Test
    void environmentVariableNamesTheHome() {
        CisHome home = CisHome.resolve(Map.of("CIS_HOME", dir.resolve("h").toString()), "/home/ann");

        assertThat(home.root()).isEqualTo(dir.resolve("h"));
    }

    @Test
    void withoutTheVariableTheHomeIsDotCisInTheUserHome() {
        CisHome home = CisHome.resolve(Map.of(), dir.toString());

        assertThat(home.root()).isEqualTo(dir.resolve(".cis"));
    }

    @Test
    void blankVariableCountsAsUnset() {
        CisHome home = CisHome.resolve(Map.of("CIS_HOME", "  "), dir.toString());

        assertThat(home.root()).isEqualTo(dir.resolve(".cis"));
    }

    @Test
    void relativeHomeIsMadeAbsolute() {
        CisHome home = CisHome.resolve(Map.of("CIS_HOME", "rel/home"), "/home/ann");

        assertThat(home.root()).isAbsolute().endsWithRaw(Path.of("rel", "home"));
    }

    @Test
    void namesEveryPathInsideTheHome() {
        CisHome home = CisHome.at(dir);

        assertThat(home.database()).isEqualTo(dir.resolve("cis.db"));
        assertThat(home.configFile()).isEqualTo(dir.resolve("config.toml"));
        assertThat(home.runDir()).isEqualTo(dir.resolve("run"));
        assertThat(home.nodeSocket()).isEqualTo(dir.resolve("run/node.sock"));
        assertThat(home.nodePidFile()).isEqualTo(dir.resolve("run/node.pid"));
        assertThat(home.logsDir()).isEqualTo(dir.resolve("logs"));
        assertThat(home.recording("k3x9aa01", "build.step-1", 2))
                .isEqualTo(dir.resolve("recordings/k3x9aa01/build.step-1-2.cast"));
        assertThat(home.taskWorkDir("k3x9aa01", "build")).isEqualTo(dir.resolve("work/k3x9aa01/build"));
    }

    @Test
    void idsThatWouldLeaveTheHomeAreRefused() {
        CisHome home = CisHome.at(dir);

        assertThatThrownBy(() -> home.taskWorkDir("k3x9aa01", "../etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> home.recording("../x", "a", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> home.recording("k3x9aa01", "a/b", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> home.recording("k3x9aa01", "a", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ensureCreatedMakesTheHomeAndItsFolders() throws Exception {
        CisHome home = CisHome.at(dir.resolve("new/home")).ensureCreated();

        assertThat(home.root()).isDirectory();
        assertThat(home.runDir()).isDirectory();
        assertThat(home.recordingsDir()).isDirectory();
        assertThat(home.workDir()).isDirectory();
        assertThat(home.logsDir()).isDirectory();
    }

    @Test
    void newFoldersAreOwnerOnly() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");

        CisHome home = CisHome.at(dir.resolve("private")).ensureCreated();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.root()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.runDir())))
                .isEqualTo("rwx------");
    }

    @Test
    void ensureCreatedTwiceIsHarmless() throws Exception {
        CisHome home = CisHome.at(dir.resolve("twice")).ensureCreated();
        Files.writeString(home.configFile(), "[dag]\n");

        home.ensureCreated();

        assertThat(home.configFile()).hasContent("[dag]\n");
    }

    @Test
    void aHomeThatCannotBeCreatedNamesTheFolderAndTheVariable() throws Exception {
        Path file = Files.writeString(dir.resolve("occupied"), "x");
        CisHome home = CisHome.at(file.resolve("home"));

        assertThatThrownBy(home::ensureCreated)
                .hasMessageContaining(file.resolve("home").toString())
                .hasMessageContaining("CIS_HOME");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void inAHomeOthersCanReadTheFixedFoldersAndTheConfigBecomeOwnerOnly() throws Exception {
        Path root = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(root.resolve("recordings"));
        Files.setPosixFilePermissions(root.resolve("recordings"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(root.resolve("config.toml"), "[dag]\n");
        Files.setPosixFilePermissions(root.resolve("config.toml"), PosixFilePermissions.fromString("rw-r--r--"));

        CisHome home = CisHome.at(root).ensureCreated();

        for (Path folder : new Path[] {home.runDir(), home.recordingsDir(), home.workDir(), home.logsDir()}) {
            assertThat(mode(folder)).as(folder.toString()).isEqualTo("rwx------");
        }
        assertThat(mode(home.configFile())).isEqualTo("rw-------");
        assertThat(mode(root)).as("the home itself is the user's").isEqualTo("rwxr-xr-x");
    }

    @Test
    void aHomeOthersCanReadIsWarnedAboutWithTheFix() throws Exception {
        Path root = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(CisHome.at(root).exposureWarning()).hasValueSatisfying(w -> assertThat(w)
                .contains(root.toString(), "rwxr-xr-x", "chmod 700 " + root));
    }

    @Test
    void anOwnerOnlyHomeGetsNoWarning() throws Exception {
        CisHome home = CisHome.at(dir.resolve("private")).ensureCreated();

        assertThat(mode(home.root())).isEqualTo("rwx------");
        assertThat(home.exposureWarning()).isEmpty();
    }
}
