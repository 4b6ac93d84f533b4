package dev.cis.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a session's environment is made of, and where the files handed to it live. */
class LaunchEnvironmentTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final List<AgentSession> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(s -> s.session().kill());
    }

    private String run(AgentLauncher launcher, LaunchRequest request) throws Exception {
        AgentSession s = launcher.launch(request);
        started.add(s);
        s.exit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return s.output();
    }

    private static Map<String, String> base(String lang) {
        return Map.of("PATH", "/usr/bin:/bin", "LANG", lang, "HOME", "/home/someone",
                "CLASSPATH", "/opt/cis/lib/*", "JAVA_TOOL_OPTIONS", "-Dleak=1", "CIS_HOME", "/node/home",
                "CIS_NODE_JAVA_OPTS", "-Xmx1g");
    }

    @Test
    void cisAndJvmVariablesOfTheBaseEnvironmentDoNotReachTheSession() throws Exception {
        AgentLauncher launcher = new AgentLauncher(base("zz_ZZ.UTF-8"));

        String env = run(launcher, LaunchRequest.builder(BuiltinProfiles.shell(), "env", dir).build());

        assertThat(env).contains("LANG=zz_ZZ.UTF-8", "HOME=/home/someone", "PATH=/usr/bin:/bin")
                .doesNotContain("CLASSPATH=", "JAVA_TOOL_OPTIONS=", "CIS_HOME=", "CIS_NODE_JAVA_OPTS=");
    }

    @Test
    void variablesTheRequestSetsExplicitlyReachTheSessionEvenWithInternalNames() throws Exception {
        AgentLauncher launcher = new AgentLauncher(base("C"));

        String env = run(launcher, LaunchRequest.builder(BuiltinProfiles.shell(), "env", dir)
                .putEnv("CIS_RUN_ID", "r1").putEnv("CLASSPATH", "/task/own.jar").build());

        assertThat(env).contains("CIS_RUN_ID=r1", "CLASSPATH=/task/own.jar");
    }

    @Test
    void eachSessionStartsFromTheBaseEnvironmentChosenForItsId() throws Exception {
        AgentLauncher launcher = new AgentLauncher(id -> base(id.equals("one") ? "one_ONE" : "two_TWO"), true);

        String one = run(launcher, LaunchRequest.builder(BuiltinProfiles.shell(), "echo $LANG", dir).sessionId("one")
                .build());
        String two = run(launcher, LaunchRequest.builder(BuiltinProfiles.shell(), "echo $LANG", dir).sessionId("two")
                .build());

        assertThat(one).isEqualTo("one_ONE");
        assertThat(two).isEqualTo("two_TWO");
    }

    @Test
    void theProgramOfAProfileIsFoundOnTheSessionsPath() throws Exception {
        Path tools = Files.createDirectories(dir.resolve("tools"));
        Path tool = tools.resolve("my-agent");
        Files.writeString(tool, "#!/bin/sh\necho \"my-agent ran: $1\"\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        AgentLauncher launcher = new AgentLauncher(Map.of("PATH", tools + ":/usr/bin:/bin"));

        String out = run(launcher, LaunchRequest.builder(AgentProfile.builder("mine", "my-agent").build(), "hello", dir)
                .build());

        assertThat(out).isEqualTo("my-agent ran: hello");
    }

    @Test
    void aPromptFileIsOwnerOnlyAndLivesInTheFolderOfTheOutputFile() throws Exception {
        Path attempt = Files.createDirectories(dir.resolve("attempt-1"));
        AgentProfile stat = AgentProfile.builder("stat", "/bin/sh")
                .args("-c", "stat -c '%a %n' \"$0\"", AgentProfile.PROMPT_FILE).build();

        String out = run(new AgentLauncher(), LaunchRequest.builder(stat, "secret prompt", dir)
                .putEnv("CIS_OUTPUT_FILE", attempt.resolve("output.txt").toString()).build());

        assertThat(out).isEqualTo("600 " + attempt.resolve("prompt.txt"));
        assertThat(attempt.resolve("prompt.txt")).doesNotExist();
    }

    @Test
    void withoutAnOutputFileTheSessionsFilesGoToAnOwnerOnlyFolder() throws Exception {
        AgentProfile stat = AgentProfile.builder("stat", "/bin/sh")
                .args("-c", "stat -c '%a' \"$(dirname \"$0\")\" \"$0\"", AgentProfile.PROMPT_FILE).build();

        String out = run(new AgentLauncher(), LaunchRequest.builder(stat, "secret prompt", dir).build());

        assertThat(out.lines()).containsExactly("700", "600");
    }
}
