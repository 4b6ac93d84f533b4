package dev.cis.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventBusTest {

    private static final Instant TS = Instant.parse("2025-03-01T10:00:00Z");

    private EventBus bus = new EventBus(100_000);

    @AfterEach
    void closeBus() {
        bus.close(Duration.ofSeconds(1));
    }

    private static CisEvent event(int n) {
        return new RunStarted(TS, "r" + n);
    }

    private static List<CisEvent> events(int fromInclusive, int toExclusive) {
        return IntStream.range(fromInclusive, toExclusive).mapToObj(EventBusTest::event).toList();
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch reached in time").isTrue();
    }

    @Test
    void eachSubscriberReceivesEventsInPublishOrder() throws Exception {
        Received first = new Received();
        Received second = new Received();
        bus.subscribe(first);
        bus.subscribe(second);

        events(0, 5_000).forEach(bus::publish);

        assertThat(first.await(5_000)).isEqualTo(events(0, 5_000));
        assertThat(second.await(5_000)).isEqualTo(events(0, 5_000));
    }

    @Test
    void aBatchSubscriberGetsWhatQueuedWhileItWasBusyInOneCallInOrder() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<CisEvent>> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(1);
        bus.subscribeBatches("batches", e -> true, batch -> {
            batches.add(List.copyOf(batch));
            busy.countDown();
            if (batches.size() == 1) {
                awaitQuietly(release);
            }
            if (batches.stream().mapToInt(List::size).sum() == 11) {
                all.countDown();
            }
        }, 100);

        bus.publish(event(0));
        await(busy);
        events(1, 11).forEach(bus::publish);
        release.countDown();
        await(all);

        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyElementsOf(events(1, 11));
    }

    @Test
    void aBlockedSubscriberSlowsNeitherThePublisherNorTheOthers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        bus.subscribe(e -> {
            entered.countDown();
            awaitQuietly(release);
        });
        Received other = new Received();
        bus.subscribe(other);
        try {
            bus.publish(event(0));
            await(entered);

            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> events(1, 20_000).forEach(bus::publish));

            assertThat(other.await(20_000)).isEqualTo(events(0, 20_000));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aFullQueueLosesEventsAndSaysHowManyWhereTheyWereLost() throws Exception {
        bus = new EventBus(10);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        Received received = new Received();
        Subscription slow = bus.subscribe(e -> {
            received.accept(e);
            entered.countDown();
            awaitQuietly(release);
        });
        bus.publish(event(0));
        await(entered);

        events(1, 26).forEach(bus::publish);
        release.countDown();
        received.await(12);
        bus.publish(event(26));

        List<CisEvent> got = received.await(13);
        List<CisEvent> expected = new ArrayList<>(events(0, 11));
        assertThat(got.subList(0, 11)).isEqualTo(expected);
        assertThat(got.get(11)).isInstanceOfSatisfying(EventsDropped.class, d -> assertThat(d.count()).isEqualTo(15));
        assertThat(got.get(12)).isEqualTo(event(26));
        assertThat(slow.dropped()).isEqualTo(15);
    }

    @Test
    void lostEventsAreReportedEvenWhenNothingMoreIsPublished() throws Exception {
        bus = new EventBus(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        Received received = new Received();
        bus.subscribe(e -> {
            received.accept(e);
            entered.countDown();
            awaitQuietly(release);
        });
        bus.publish(event(0));
        await(entered);
        events(1, 6).forEach(bus::publish);

        release.countDown();

        List<CisEvent> got = received.await(4);
        assertThat(got.subList(0, 3)).isEqualTo(events(0, 3));
        assertThat(got.get(3)).isEqualTo(new EventsDropped(got.get(3).ts(), 3));
    }

    @Test
    void anExceptionInOneSubscriberAffectsNeitherItsLaterEventsNorOthers() throws Exception {
        Received failing = new Received();
        bus.subscribe(e -> {
            failing.accept(e);
            if (e.equals(event(1))) {
                throw new IllegalStateException("subscriber bug");
            }
        });
        Received other = new Received();
        bus.subscribe(other);

        events(0, 3).forEach(bus::publish);

        assertThat(failing.await(3)).isEqualTo(events(0, 3));
        assertThat(other.await(3)).isEqualTo(events(0, 3));
    }

    @Test
    void aFilterSelectsWhatASubscriberReceives() throws Exception {
        Received onlyR1 = new Received();
        bus.subscribe(e -> "r1".equals(e.runId()), onlyR1);

        events(0, 3).forEach(bus::publish);
        bus.publish(new RunCreated(TS, "r1", "d", null, List.of(), null));

        assertThat(onlyR1.await(2)).containsExactly(event(1), new RunCreated(TS, "r1", "d", null, List.of(), null));
    }

    @Test
    void aFailingFilterSkipsTheEventForThatSubscriberOnly() throws Exception {
        Received filtered = new Received();
        bus.subscribe(e -> {
            if (e.equals(event(0))) {
                throw new IllegalStateException("filter bug");
            }
            return true;
        }, filtered);

        events(0, 2).forEach(bus::publish);

        assertThat(filtered.await(1)).containsExactly(event(1));
    }

    @Test
    void aClosedSubscriptionReceivesNothingMore() throws Exception {
        Received received = new Received();
        Subscription s = bus.subscribe(received);
        bus.publish(event(0));
        received.await(1);

        s.close();
        events(1, 100).forEach(bus::publish);

        assertThat(s.isActive()).isFalse();
        assertThat(bus.subscriberCount()).isZero();
        bus.close();
        assertThat(received.now()).containsExactly(event(0));
    }

    @Test
    void aSubscriberMayUnsubscribeFromItsOwnCallback() throws Exception {
        Received received = new Received();
        CountDownLatch closed = new CountDownLatch(1);
        Subscription[] self = new Subscription[1];
        self[0] = bus.subscribe(e -> {
            received.accept(e);
            self[0].close();
            closed.countDown();
        });

        bus.publish(event(0));
        await(closed);
        bus.publish(event(1));

        bus.close();
        assertThat(received.now()).containsExactly(event(0));
    }

    @Test
    void closingTheBusDeliversWhatIsQueued() {
        Received received = new Received();
        bus.subscribe(received);
        events(0, 2_000).forEach(bus::publish);

        boolean complete = bus.close(Duration.ofSeconds(10));

        assertThat(complete).isTrue();
        assertThat(received.now()).isEqualTo(events(0, 2_000));
    }

    @Test
    void closingTheBusGivesUpOnAStuckSubscriberAfterTheTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        Subscription stuck = bus.subscribe(e -> {
            entered.countDown();
            awaitQuietly(release);
        });
        try {
            bus.publish(event(0));
            await(entered);

            boolean complete = bus.close(Duration.ofMillis(200));

            assertThat(complete).isFalse();
            assertThat(stuck.isActive()).isFalse();
        } finally {
            release.countDown();
        }
    }

    @Test
    void afterCloseEventsAreIgnoredAndNewSubscriptionsRefused() {
        bus.close();

        bus.publish(event(0));

        assertThatThrownBy(() -> bus.subscribe(e -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void deliveryRunsOnAThreadNamedForTheSubscriber() throws Exception {
        List<String> names = new ArrayList<>();
        CountDownLatch got = new CountDownLatch(1);
        bus.subscribe("run-list", e -> true, e -> {
            names.add(Thread.currentThread().getName());
            got.countDown();
        });

        bus.publish(event(0));

        await(got);
        assertThat(names).singleElement().asString().startsWith("cis-events-run-list");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
