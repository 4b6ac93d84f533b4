package dev.cis.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.agent.BuiltinProfiles;
import dev.cis.core.session.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many sessions printing all the time: output is coalesced, and the monitor stays cheap. */
class ManySessionsTest {

    private static final int SESSIONS = 100;
    /** About 100 coloured lines a second for 3 seconds. */
    private static final String PRINTER = "$| = 1; for my $i (1 .. 300) { print \"\\e[32mline $i\\e[0m: the quick brown"
            + " fox jumps over the lazy dog\\n\"; select(undef, undef, undef, 0.01) }";

    @TempDir
    Path dir;

    private MonitorHarness h;

    @BeforeEach
    void setUp() {
        h = new MonitorHarness(dir, MonitorSettings.defaults());
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void hundredPrintingSessionsAreEvaluatedAtMostOncePerPeriodAndCostLittleCpu() throws Exception {
        List<Session> sessions = new ArrayList<>();
        List<SessionMonitor> watching = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < SESSIONS; i++) {
            Session s = h.start(List.of("/usr/bin/perl", "-e", PRINTER), BuiltinProfiles.shell());
            sessions.add(s);
            watching.add(h.monitors.monitor(s.id()).orElseThrow());
        }
        for (Session s : sessions) {
            assertThat(MonitorHarness.exitCode(s)).isZero();
        }
        long maxEvaluations = watching.stream().mapToLong(SessionMonitor::evaluations).max().orElseThrow();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Duration cpu = h.monitors.cpuTime();
        long periods = wall.toMillis() / MonitorSettings.DEFAULT_EVALUATE_EVERY.toMillis();
        System.err.printf("%d sessions, %d ms: monitor CPU %d ms, at most %d evaluations per session (%d periods)%n",
                SESSIONS, wall.toMillis(), cpu.toMillis(), maxEvaluations, periods);
        assertThat(maxEvaluations).isLessThanOrEqualTo(periods + 2);
        assertThat(cpu).isLessThan(wall.dividedBy(4));
        assertThat(sessions).allSatisfy(s -> assertThat(h.blocked(s)).isEmpty());
    }
}
