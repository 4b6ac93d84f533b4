package dev.cis.core.monitor;

import dev.cis.core.session.Await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.session.PtySession;
import dev.cis.core.session.Session;
import dev.cis.core.session.SessionSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real programs in real terminals, inspected through /proc while they wait. */
class ProcTerminalProbeTest {

    @TempDir
    Path dir;

    private final ProcTerminalProbe probe = new ProcTerminalProbe();
    private final List<Session> sessions = new ArrayList<>();

    @AfterEach
    void tearDown() {
        sessions.forEach(Session::kill);
    }

    private Session start(String... command) throws Exception {
        Session s = PtySession.start(SessionSpec.builder(List.of(command)).workDir(dir)
                .killGrace(Duration.ofMillis(200)).build());
        sessions.add(s);
        return s;
    }

    /** Polls until the probe says {@code expected} (programs need a moment to reach their wait). */
    private void awaitWait(Session s, TerminalWait expected) {
        Await.until("the probe to say " + expected, Duration.ofSeconds(10),
                () -> probe.probe(s.pid()).terminal() == expected, () -> "it says " + probe.probe(s.pid()).terminal());
    }

    @Test
    void aShellReadingALineReadsTheTerminal() throws Exception {
        awaitWait(start("/bin/sh", "-c", "read answer"), TerminalWait.READING);
    }

    @Test
    void aChildOfTheShellReadingTheTerminalCounts() throws Exception {
        awaitWait(start("/bin/sh", "-c", "cat; echo done"), TerminalWait.READING);
    }

    @Test
    void readingThroughDevTtyCounts() throws Exception {
        awaitWait(start("/bin/sh", "-c", "cat < /dev/tty"), TerminalWait.READING);
    }

    @Test
    void aSelectOnTheTerminalCounts() throws Exception {
        awaitWait(start("/bin/bash", "-c", "read -t 30 answer"), TerminalWait.READING);
    }

    @Test
    void aPollOnTheTerminalCounts() throws Exception {
        awaitWait(start("/usr/bin/perl", "-e", "use IO::Poll; my $p = IO::Poll->new; $p->mask(STDIN => POLLIN);"
                + " $p->poll(30)"), TerminalWait.READING);
    }

    @Test
    void aSleepingShellDoesNotReadTheTerminal() throws Exception {
        awaitWait(start("/bin/sh", "-c", "sleep 30; echo done"), TerminalWait.NOT_READING);
    }

    @Test
    void aBusyLoopDoesNotReadTheTerminal() throws Exception {
        awaitWait(start("/bin/sh", "-c", "while :; do :; done"), TerminalWait.NOT_READING);
    }

    @Test
    void waitingForTheTerminalAndANetworkSocketAtOnceCannotBeTold() throws Exception {
        awaitWait(start("/usr/bin/perl", "-MIO::Socket::INET", "-e",
                "my $s = IO::Socket::INET->new(Listen => 1, LocalAddr => '127.0.0.1:0') or die;"
                        + " my $r = ''; vec($r, 0, 1) = 1; vec($r, fileno($s), 1) = 1; select($r, undef, undef, 30)"),
                TerminalWait.UNKNOWN);
    }

    @Test
    void aProcessThatIsGoneIsUnknown() throws Exception {
        Session s = start("/bin/sh", "-c", "exit 0");
        s.exitFuture().get();
        assertThat(probe.probe(s.pid()).terminal()).isEqualTo(TerminalWait.UNKNOWN);
    }

    @Test
    void withoutProcFilesTheAnswerIsUnknown() throws Exception {
        ProcTerminalProbe none = new ProcTerminalProbe(dir.resolve("no-proc"), Syscalls.X86_64);
        assertThat(none.probe(start("/bin/sh", "-c", "read answer").pid()).terminal()).isEqualTo(TerminalWait.UNKNOWN);
    }
}
