package dev.cis.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.event.CisEvent;
import dev.cis.core.event.EventsDropped;
import dev.cis.core.event.RunStarted;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.model.TaskStatus;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventPumpTest {

    /** A UI thread that is busy until the test lets it run what was posted. */
    private static final class BusyUi implements Executor {
        private final Queue<Runnable> posted = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable r) {
            posted.add(r);
        }

        synchronized int pending() {
            return posted.size();
        }

        void runAll() {
            Runnable r;
            while ((r = poll()) != null) {
                r.run();
            }
        }

        private synchronized Runnable poll() {
            return posted.poll();
        }
    }

    private static TaskStatusChanged status(int i) {
        return new TaskStatusChanged(Instant.EPOCH, "run1", "t" + i, TaskStatus.PENDING, TaskStatus.RUNNING, 1, null,
                null);
    }

    @Test
    void aBurstOfThousandsOfEventsReachesTheUiAsOneBatchInOrder() {
        BusyUi ui = new BusyUi();
        List<List<CisEvent>> batches = new ArrayList<>();
        EventPump pump = new EventPump(ui, batches::add, 100_000);
        for (int i = 0; i < 5_000; i++) {
            pump.offer(status(i));
        }
        assertThat(ui.pending()).as("one hand-over posted to the UI").isEqualTo(1);
        ui.runAll();
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).hasSize(5_000);
        assertThat(((TaskStatusChanged) batches.get(0).get(4_999)).taskId()).isEqualTo("t4999");
        assertThat(pump.batches()).isEqualTo(1);
    }

    @Test
    void eventsFromManyThreadsAreAllDelivered() throws Exception {
        BusyUi ui = new BusyUi();
        List<CisEvent> received = new ArrayList<>();
        EventPump pump = new EventPump(ui, received::addAll, 100_000);
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            int base = t * 1000;
            dev.cis.core.concurrent.NamedThreads.start("test-publisher-" + t, () -> {
                for (int i = 0; i < 1000; i++) {
                    pump.offer(status(base + i));
                }
                done.countDown();
            });
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        ui.runAll();
        assertThat(received).hasSize(4000);
        assertThat(ui.pending()).isZero();
    }

    @Test
    void whenTheUiFallsTooFarBehindTheEventsBecomeOneDroppedNotice() {
        BusyUi ui = new BusyUi();
        List<CisEvent> received = new ArrayList<>();
        EventPump pump = new EventPump(ui, received::addAll, 100);
        for (int i = 0; i < 150; i++) {
            pump.offer(status(i));
        }
        ui.runAll();
        assertThat(received.get(0)).isInstanceOf(EventsDropped.class);
        assertThat(((EventsDropped) received.get(0)).count()).isEqualTo(101);
        assertThat(received).hasSize(1 + 49);
    }

    @Test
    void afterCloseNothingReachesTheUi() {
        BusyUi ui = new BusyUi();
        List<CisEvent> received = new ArrayList<>();
        EventPump pump = new EventPump(ui, received::addAll, 100);
        pump.offer(new RunStarted(Instant.EPOCH, "run1"));
        pump.close();
        pump.offer(new RunStarted(Instant.EPOCH, "run1"));
        ui.runAll();
        assertThat(received).isEmpty();
    }
}
