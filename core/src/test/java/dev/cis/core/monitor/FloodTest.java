package dev.cis.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.session.Session;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session that prints without pause costs the monitor about one evaluation a second, and its end is seen. */
class FloodTest {

    @TempDir
    Path dir;

    private MonitorHarness h;

    @BeforeEach
    void setUp() {
        h = new MonitorHarness(dir, MonitorHarness.quick().withSilence(Duration.ZERO));
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void aSessionPrintingWithoutPauseIsEvaluatedAboutOnceASecondAndItsLastScreenWhenItStops() throws Exception {
        long started = System.nanoTime();
        Session s = h.sh("end=$(( $(date +%s) + 3 )); while [ $(date +%s) -lt $end ]; do seq 1 300; done;"
                + " printf 'Apply these changes? (y/n) '; read answer");

        SessionMonitor monitor = h.monitors.monitor(s.id()).orElseThrow();
        h.awaitBlocked(s);

        double seconds = (System.nanoTime() - started) / 1e9;
        long perTick = (long) (seconds * 1000 / MonitorSettings.DEFAULT_EVALUATE_EVERY.toMillis());
        assertThat(monitor.evaluations())
                .as("evaluations in %.1f s (a tick every 150 ms would make %d)", seconds, perTick)
                .isLessThanOrEqualTo((long) Math.ceil(seconds) + 4);
        assertThat(monitor.screenLines()).anyMatch(l -> l.contains("Apply these changes? (y/n)"));
    }
}
