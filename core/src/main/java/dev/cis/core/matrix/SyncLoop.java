package dev.cis.core.matrix;

import dev.cis.core.concurrent.NamedThreads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows rooms: long-polls {@code /sync} with a filter on its own thread and hands each new event to a
 * consumer once, in order. When a timeline comes back {@code limited} (more happened than one sync
 * carries), the events in between are paged in with {@code /messages} back to the previous sync token,
 * so nothing is skipped. Network, timeout and server errors and rate limits are waited out with a
 * growing backoff; an invalid token or a refusal stops the loop and is handed to {@code onGiveUp}.
 */
public final class SyncLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncLoop.class);

    /**
     * @param since the sync token to continue from (kept by the caller from {@link #since()}), or empty
     * @param maxGapEvents at most this many events are paged in for one gap; older ones are left out (logged)
     */
    public record Settings(List<String> roomIds, List<String> types, int timelineLimit, Duration pollTimeout,
            Duration minBackoff, Duration maxBackoff, int maxGapEvents, Optional<String> since) {

        public static Settings defaults() {
            return new Settings(List.of(), SyncFilter.CIS_TYPES, 50, Duration.ofSeconds(30), Duration.ofSeconds(1),
                    Duration.ofSeconds(30), 1000, Optional.empty());
        }

        public Settings from(Optional<String> token) {
            return new Settings(roomIds, types, timelineLimit, pollTimeout, minBackoff, maxBackoff, maxGapEvents,
                    token);
        }

        public Settings with(int limit, Duration poll, Duration backoff) {
            return new Settings(roomIds, types, limit, poll, backoff, maxBackoff, maxGapEvents, since);
        }
    }

    private final MatrixClient client;
    private final Settings settings;
    private final SeenEventIds seen;
    private final BiConsumer<String, RoomEvent> consumer;
    private final Consumer<MatrixException> onGiveUp;
    private final String syncFilter;
    private final String pageFilter;
    private volatile Optional<String> since;
    private volatile boolean running;
    private Thread thread;

    public SyncLoop(MatrixClient client, Settings settings, SeenEventIds seen, BiConsumer<String, RoomEvent> consumer,
            Consumer<MatrixException> onGiveUp) {
        this.client = client;
        this.settings = settings;
        this.seen = seen;
        this.consumer = consumer;
        this.onGiveUp = onGiveUp;
        this.syncFilter = SyncFilter.sync(settings.roomIds(), settings.types(), settings.timelineLimit());
        this.pageFilter = SyncFilter.roomEvents(settings.types());
        this.since = settings.since();
    }

    public synchronized SyncLoop start() {
        if (thread != null) {
            throw new IllegalStateException("the sync loop was started already");
        }
        running = true;
        thread = NamedThreads.start("cis-matrix-sync", this::loop);
        return this;
    }

    /** The token of the last sync whose events were all handed on: keep it to continue from there. */
    public Optional<String> since() {
        return since;
    }

    public boolean isRunning() {
        return running && thread != null && thread.isAlive();
    }

    /** Stops the loop and waits (briefly) for its thread to end; a long-poll under way is abandoned. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        Duration backoff = settings.minBackoff();
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                SyncBatch batch = client.sync(since, Optional.of(syncFilter), settings.pollTimeout());
                for (Map.Entry<String, SyncBatch.RoomUpdate> room : batch.rooms().entrySet()) {
                    deliver(room.getKey(), room.getValue());
                }
                since = Optional.of(batch.nextBatch());
                backoff = settings.minBackoff();
            } catch (MatrixException e) {
                if (!running || Thread.currentThread().isInterrupted()) {
                    break;
                }
                if (!e.isTransient()) {
                    LOG.error("sync stopped: {}", e.getMessage());
                    running = false;
                    onGiveUp.accept(e);
                    break;
                }
                LOG.warn("sync failed, trying again in {} ms: {}", backoff.toMillis(), e.getMessage());
                if (!pause(backoff)) {
                    break;
                }
                backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
            }
        }
        LOG.debug("sync loop ended");
    }

    private void deliver(String roomId, SyncBatch.RoomUpdate update) {
        update.state().forEach(e -> handOn(roomId, e));
        SyncBatch.Timeline timeline = update.timeline();
        if (timeline.limited() && timeline.prevBatch().isPresent()) {
            gap(roomId, timeline.prevBatch().get()).forEach(e -> handOn(roomId, e));
        }
        timeline.events().forEach(e -> handOn(roomId, e));
    }

    /** The events before a limited timeline back to the last sync (or what was seen), oldest first. */
    private List<RoomEvent> gap(String roomId, String from) {
        List<RoomEvent> older = new ArrayList<>();
        Optional<String> token = Optional.of(from);
        while (token.isPresent()) {
            MessagesPage page = client.messages(roomId, token.get(), since, Direction.BACKWARDS, 100,
                    Optional.of(pageFilter));
            for (RoomEvent e : page.chunk()) {
                if (seen.contains(e.eventId())) {
                    token = Optional.empty();
                    break;
                }
                older.add(e);
            }
            if (older.size() >= settings.maxGapEvents()) {
                LOG.warn("room {}: gap of more than {} events, older ones are left out", roomId,
                        settings.maxGapEvents());
                break;
            }
            token = page.chunk().isEmpty() || token.isEmpty() ? Optional.empty() : page.end();
        }
        Collections.reverse(older);
        return older;
    }

    private void handOn(String roomId, RoomEvent e) {
        if (e.eventId() == null || !seen.add(e.eventId())) {
            return;
        }
        try {
            consumer.accept(roomId, e);
        } catch (RuntimeException failure) {
            LOG.error("room {}: the consumer failed on event {} ({})", roomId, e.eventId(), e.type(), failure);
        }
    }

    private boolean pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
