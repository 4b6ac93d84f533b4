package dev.cis.core.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NamedThreadsTest {

    @Test
    void aCancelledTaskLeavesTheSchedulerQueueAtOnce() {
        ScheduledExecutorService pool = NamedThreads.scheduled("test-timer", 1);
        try {
            ScheduledFuture<?> timeout = pool.schedule(() -> { }, 1, TimeUnit.HOURS);
            timeout.cancel(false);
            assertThat(((ScheduledThreadPoolExecutor) pool).getQueue()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
