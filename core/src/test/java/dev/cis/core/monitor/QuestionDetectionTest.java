package dev.cis.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.event.SessionBlocked;
import dev.cis.core.event.SessionRecovered;
import dev.cis.core.session.Session;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionDetectionTest {

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
    void aFakeAgentAskingYesNoIsReportedBlockedWithinTwoSecondsOfTheQuestion() throws Exception {
        Session s = h.fakeAgent("[ask: Apply these changes? (y/n)]");
        h.awaitScreen(s, l -> l.contains("Apply these changes?"));
        long shown = System.nanoTime();
        SessionBlocked b = h.awaitBlocked(s);
        assertThat(Duration.ofNanos(System.nanoTime() - shown)).isLessThan(Duration.ofSeconds(2));
        assertThat(b.signal()).isEqualTo("pattern:yes_no");
        assertThat(b.reason()).isEqualTo("asks: Apply these changes? (y/n)");
        assertThat(b.screenLines()).containsExactly("? Apply these changes? (y/n)");
        assertThat(b.choices()).containsExactly("y", "n");
        assertThat(h.monitors.state(s.id()))
                .hasValueSatisfying(st -> assertThat(st.signal()).isEqualTo("pattern:yes_no"));
        assertThat(h.reports).contains(new MonitorHarness.Report(s.id(), true, b.reason()));
    }

    @Test
    void anAnswerRecordedForTheSessionMakesItRecoverAsInput() throws Exception {
        Session s = h.fakeAgent("[ask: Apply these changes? (y/n)] [sleep 1.5]");
        h.awaitBlocked(s);
        h.monitors.recordAnswer(s.id(), "y\r");
        s.write("y\r");
        assertThat(h.awaitRecovered(s).how()).isEqualTo(SessionRecovered.How.INPUT);
        assertThat(MonitorHarness.exitCode(s)).isZero();
        assertThat(h.monitors.state(s.id())).isEmpty();
        assertThat(h.reports).contains(new MonitorHarness.Report(s.id(), false, "answered by a person"));
    }
}
