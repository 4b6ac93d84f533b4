package dev.cis.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.event.SessionBlocked;
import dev.cis.core.event.SessionRecovered;
import dev.cis.core.session.Session;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SilenceAndNotificationTest {

    @TempDir
    Path dir;

    private MonitorHarness h;

    @BeforeEach
    void setUp() {
        h = new MonitorHarness(dir, MonitorHarness.quick());
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void aSilentReadFromTheTerminalIsBlockedBySilence() throws Exception {
        Session s = h.sh("read answer; echo \"got $answer\"");
        SessionBlocked b = h.awaitBlocked(s);
        assertThat(b.signal()).isEqualTo("silence");
        assertThat(b.reason()).startsWith("waits for input");
    }

    @Test
    void inputAfterASilenceBlockMakesTheSessionRecover() throws Exception {
        Session s = h.sh("read answer; echo \"got $answer\"; read again");
        h.awaitBlocked(s);
        h.monitors.recordAnswer(s.id(), "yes\r");
        s.write("yes\r");
        assertThat(h.awaitRecovered(s).how()).isEqualTo(SessionRecovered.How.INPUT);
    }

    @Test
    void aLongSleepInAShellTaskIsNotBlocked() throws Exception {
        Session s = h.sh("echo compiling; sleep 5; echo done");
        assertThat(MonitorHarness.exitCode(s)).isZero();
        assertThat(h.blocked(s)).isEmpty();
    }

    @Test
    void aSilentFakeAgentThatDoesNotReadIsNotBlocked() throws Exception {
        Session s = h.fakeAgent("[silent 4]");
        assertThat(MonitorHarness.exitCode(s)).isZero();
        assertThat(h.blocked(s)).isEmpty();
    }

    @Test
    void anOsc9NotificationWhileReadingIsBlockedWithItsText() throws Exception {
        Session s = h.sh("printf 'working\\r\\n\\033]9;Build needs your approval\\007'; read answer");
        SessionBlocked b = h.awaitBlocked(s);
        assertThat(b.signal()).isEqualTo("osc9");
        assertThat(b.reason()).isEqualTo("notification: Build needs your approval");
        assertThat(b.screenLines()).containsExactly("working");
    }

    @Test
    void anOsc777NotificationIsBlockedWithTitleAndBody() throws Exception {
        Session s = h.sh("printf '\\033]777;notify;Agent;Permission needed\\033\\\\'; read answer");
        SessionBlocked b = h.awaitBlocked(s);
        assertThat(b.signal()).isEqualTo("osc777");
        assertThat(b.reason()).isEqualTo("notification: Agent: Permission needed");
    }

    @Test
    void aProgressSequenceIsNotANotification() throws Exception {
        Session s = h.sh("printf '\\033]9;4;1;50\\007half way\\r\\n'; sleep 2");
        assertThat(MonitorHarness.exitCode(s)).isZero();
        assertThat(h.blocked(s)).isEmpty();
    }
}
