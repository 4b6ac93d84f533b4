package dev.cis.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every way of starting a {@link PtySession} must do; one subclass per mechanism. */
abstract class PtySessionContract {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final List<Session> started = new ArrayList<>();

    abstract boolean withPty4j();

    @AfterEach
    void killLeftovers() {
        started.forEach(Session::kill);
    }

    Session start(SessionSpec.Builder builder) throws Exception {
        Session s = PtySession.start(builder.workDir(dir).build(), withPty4j());
        started.add(s);
        return s;
    }

    Session sh(String script) throws Exception {
        return start(SessionSpec.builder(List.of("/bin/sh", "-c", script)));
    }

    static int exitCode(Session s) throws Exception {
        return s.exitFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void inputWrittenToTheSessionReachesTheProgramAndItsAnswerComesBack() throws Exception {
        Session s = sh("read line; echo \"got:$line\"");
        CollectingListener out = new CollectingListener();
        s.addListener(out);
        s.write("hello\r");
        out.awaitText("got:hello", TIMEOUT);
        assertThat(exitCode(s)).isZero();
    }

    @Test
    void inputTypedWhileTheTerminalDoesNotEchoIsRecordedAsHidden() throws Exception {
        Path rec = dir.resolve("secret.cast");
        Session s = start(SessionSpec.builder(List.of("/bin/sh", "-c",
                "stty -echo; printf 'Password: '; read pw; stty echo; echo; echo \"length:${#pw}\"; read more"))
                .recordingPath(rec));
        CollectingListener out = new CollectingListener();
        s.addListener(out, true);
        out.awaitText("Password: ", TIMEOUT);

        s.write("hunter2-secret\r");
        out.awaitText("length:14", TIMEOUT);
        s.write("visible-again\r");
        assertThat(exitCode(s)).isZero();

        List<String> inputs = AsciicastReader.read(rec).events().stream().filter(e -> e.code().equals("i"))
                .map(AsciicastReader.Event::data).toList();
        assertThat(inputs).containsExactly(AsciicastRecorder.HIDDEN_INPUT, "visible-again\r");
        assertThat(java.nio.file.Files.readString(rec)).doesNotContain("hunter2");
    }

    @Test
    void withoutInputRecordingTheRecordingHasNoInput() throws Exception {
        Path rec = dir.resolve("no-input.cast");
        Session s = start(SessionSpec.builder(List.of("/bin/sh", "-c", "read line; echo \"got:$line\""))
                .recordingPath(rec).recordInput(false));
        s.write("typed\r");
        assertThat(exitCode(s)).isZero();

        assertThat(AsciicastReader.read(rec).events()).extracting(AsciicastReader.Event::code).doesNotContain("i")
                .contains("o");
    }

    @Test
    void exitCodeZeroIsCaptured() throws Exception {
        assertThat(exitCode(sh("true"))).isZero();
    }

    @Test
    void nonZeroExitCodeIsCaptured() throws Exception {
        assertThat(exitCode(sh("exit 7"))).isEqualTo(7);
    }

    @Test
    void outputPrintedJustBeforeExitIsReadBeforeTheExitFutureCompletes() throws Exception {
        Session s = sh("printf 'last words'; exit 3");
        assertThat(exitCode(s)).isEqualTo(3);
        assertThat(new String(s.recentOutput(), StandardCharsets.UTF_8)).isEqualTo("last words");
        assertThat(s.bytesOut()).isEqualTo(10);
    }

    @Test
    void killEndsTheProgramAndTheChildrenOfItsProcessGroup() throws Exception {
        Session s = sh("sleep 1000 & echo \"child:$!\"; sleep 1000");
        CollectingListener out = new CollectingListener();
        s.addListener(out, true);
        out.awaitText("child:", TIMEOUT);
        Await.until("child pid printed", TIMEOUT, () -> childPid(out.text()) > 0);
        long child = childPid(out.text());
        long leader = s.pid();
        assertThat(alive(child)).isTrue();

        s.kill();

        assertThat(exitCode(s)).isEqualTo(128 + 15);
        Await.until("background child gone", TIMEOUT, () -> !alive(child));
        Await.until("leader gone", TIMEOUT, () -> !alive(leader));
    }

    @Test
    void killFallsBackToSigkillWhenTheProgramIgnoresSigterm() throws Exception {
        Session s = start(SessionSpec.builder(List.of("/bin/sh", "-c",
                "trap '' TERM; echo ready; while :; do sleep 1; done")).killGrace(Duration.ofMillis(300)));
        CollectingListener out = new CollectingListener();
        s.addListener(out, true);
        out.awaitText("ready", TIMEOUT);

        s.kill();

        assertThat(exitCode(s)).isEqualTo(128 + 9);
    }

    @Test
    void resizeReachesTheProgram() throws Exception {
        Session s = sh("echo ready; read x; stty size");
        CollectingListener out = new CollectingListener();
        s.addListener(out, true);
        out.awaitText("ready", TIMEOUT);

        s.resize(100, 33);
        s.write("\r");

        out.awaitText("33 100", TIMEOUT);
        assertThat(s.cols()).isEqualTo(100);
        assertThat(s.rows()).isEqualTo(33);
    }

    @Test
    void theTerminalTypeIsXterm256colorByDefault() throws Exception {
        Session s = sh("echo \"term=$TERM\"");
        exitCode(s);
        assertThat(TerminalText.toPlainText(s.recentOutput())).contains("term=xterm-256color");
    }

    @Test
    void recentOutputKeepsOnlyTheLastBytesUpToTheRingCapacity() throws Exception {
        Session s = start(SessionSpec.builder(List.of("/bin/sh", "-c",
                "i=0; while [ $i -lt 500 ]; do printf '%04d------' $i; i=$((i+1)); done")).ringBytes(1000));
        assertThat(exitCode(s)).isZero();
        byte[] recent = s.recentOutput();
        assertThat(recent).hasSize(1000);
        assertThat(new String(recent, StandardCharsets.US_ASCII)).startsWith("0400------").endsWith("0499------");
        assertThat(s.bytesOut()).isEqualTo(5000);
    }

    @Test
    void aListenerAskingForReplayGetsEarlierOutputThenLiveOutput() throws Exception {
        Session s = sh("echo early; read x; echo late");
        Await.until("early output", TIMEOUT, () -> new String(s.recentOutput(), StandardCharsets.UTF_8).contains("early"));
        CollectingListener out = new CollectingListener();

        s.addListener(out, true);
        s.write("\r");

        assertThat(exitCode(s)).isZero();
        assertThat(out.exit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isZero();
        assertThat(out.plainText()).containsSubsequence("early", "late");
        assertThat(out.plainText().split("early", -1)).hasSize(2);
    }

    @Test
    void aListenerAddedAfterTheEndIsToldTheExitCode() throws Exception {
        Session s = sh("exit 4");
        exitCode(s);
        CollectingListener out = new CollectingListener();

        s.addListener(out);

        assertThat(out.exit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(4);
    }

    @Test
    void lastOutputTimeMovesWhenTheProgramPrints() throws Exception {
        Session s = sh("read x; echo printed; read y");
        var before = s.lastOutputAt();
        assertThat(before).isEqualTo(s.startedAt());

        s.write("\r");
        Await.until("output", TIMEOUT, () -> s.lastOutputAt().isAfter(before));
        s.write("\r");
        assertThat(exitCode(s)).isZero();
    }

    @Test
    void ctrlCTypedIntoTheTerminalInterruptsTheProgram() throws Exception {
        // cat, not a shell: a shell started with -c catches SIGINT and acts on it only after its child ends
        Session s = start(SessionSpec.builder(List.of("/bin/cat")));
        s.write("ping\r");
        Await.until("cat echoed the line (the terminal's echo, then cat's)", TIMEOUT,
                () -> new String(s.recentOutput(), StandardCharsets.UTF_8).split("ping", -1).length == 3);

        s.write("\u0003");

        assertThat(exitCode(s)).isEqualTo(128 + 2);
    }

    @Test
    void theProgramLeadsItsOwnSessionWithTheTerminalAsControllingTerminal() throws Exception {
        Session s = sh("set -- $(cat /proc/$$/stat); echo \"pid=$1 sid=$6 tty=$7 fg=$8\"");
        assertThat(exitCode(s)).isZero();
        String line = TerminalText.toPlainText(s.recentOutput()).trim();
        Matcher m = Pattern.compile("pid=(\\d+) sid=(\\d+) tty=(\\d+) fg=(\\d+)").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        assertThat(m.group(2)).as("session id").isEqualTo(m.group(1));
        assertThat(m.group(3)).as("controlling terminal").isNotEqualTo("0");
        assertThat(m.group(4)).as("foreground process group").isEqualTo(m.group(1));
    }

    @Test
    void argumentsAndEnvironmentReachTheProgramAsUtf8() throws Exception {
        Session s = start(SessionSpec.builder(List.of("/bin/sh", "-c", "printf '%s|%s' \"$1\" \"$GREETING\"", "sh",
                "héllo ✓ 日本")).env(java.util.Map.of("GREETING", "grüß dich", "TERM", "xterm-256color")));
        assertThat(exitCode(s)).isZero();
        assertThat(new String(s.recentOutput(), StandardCharsets.UTF_8)).isEqualTo("héllo ✓ 日本|grüß dich");
    }

    @Test
    void theProgramStartsInTheWorkingFolder() throws Exception {
        Session s = sh("pwd");
        assertThat(exitCode(s)).isZero();
        assertThat(TerminalText.toPlainText(s.recentOutput()).trim()).isEqualTo(dir.toRealPath().toString());
    }

    private static long childPid(String text) {
        Matcher m = Pattern.compile("child:(\\d+)").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
