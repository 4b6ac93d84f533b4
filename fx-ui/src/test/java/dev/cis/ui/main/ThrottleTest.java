package dev.cis.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.ui.testing.Fx;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ThrottleTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private Throttle throttle;

    @Start
    void start(Stage stage) {
        throttle = new Throttle(Duration.millis(200), runs::incrementAndGet, now::get);
    }

    @Test
    void aFirstRequestRunsAtOnce() {
        Fx.run(throttle::request);
        assertThat(runs).hasValue(1);
    }

    @Test
    void requestsWithinAPeriodRunOnceAtItsEnd() {
        Fx.run(() -> {
            throttle.request();
            now.addAndGet(50_000_000L);
            throttle.request();
            throttle.request();
            throttle.request();
        });
        assertThat(runs).hasValue(1);
        Fx.await(5, "the run at the end of the period", () -> runs.get() == 2);
        Fx.run(() -> now.addAndGet(10_000_000L));
        assertThat(runs).hasValue(2);
    }

    @Test
    void aRequestAfterAQuietPeriodRunsAtOnce() {
        Fx.run(() -> {
            throttle.request();
            now.addAndGet(300_000_000L);
            throttle.request();
        });
        assertThat(runs).hasValue(2);
    }
}
