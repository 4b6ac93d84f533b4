package dev.cis.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuardedExecutorTest {

    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private final GuardedExecutor executor = new GuardedExecutor("cis-test", 1, (where, e) -> reported.add(e));

    @AfterEach
    void tearDown() {
        executor.shutdownNow();
    }

    @Test
    void aPeriodicTaskKeepsItsScheduleAfterAFailure() {
        AtomicInteger runs = new AtomicInteger();
        executor.scheduleWithFixedDelay(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("first tick fails");
            }
        }, 0, 5, TimeUnit.MILLISECONDS);

        await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() >= 3);
        assertThat(reported).singleElement().extracting(Throwable::getMessage).isEqualTo("first tick fails");
    }

    @Test
    void aFailedTaskIsReportedOnceAndTheThreadServesTheNext() {
        AtomicInteger after = new AtomicInteger();
        executor.execute(() -> {
            throw new IllegalArgumentException("boom");
        });
        executor.execute(after::incrementAndGet);

        await().atMost(Duration.ofSeconds(10)).until(() -> after.get() == 1);
        assertThat(reported).singleElement().extracting(Throwable::getMessage).isEqualTo("boom");
    }

    @Test
    void aOneShotFailureStillReachesItsFuture() {
        ScheduledFuture<?> f = executor.schedule(() -> {
            throw new IllegalStateException("seen by the caller");
        }, 0, TimeUnit.MILLISECONDS);

        assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("seen by the caller");
        assertThat(reported).hasSize(1);
    }

    @Test
    void theCoreSchedulersAreGuarded() {
        var s = NamedThreads.scheduled("cis-test-guarded", 1);
        try {
            assertThat(s).isInstanceOf(GuardedExecutor.class);
        } finally {
            s.shutdownNow();
        }
    }
}
