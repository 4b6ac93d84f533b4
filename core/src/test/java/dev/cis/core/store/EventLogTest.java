package dev.cis.core.store;

import dev.cis.core.event.EventBus;
import dev.cis.core.event.LoggedEvent;
import dev.cis.core.event.RunStarted;
import dev.cis.core.event.TaskStatusChanged;
import dev.cis.core.event.CisEvent;
import dev.cis.core.event.RunCreated;
import dev.cis.core.event.EventsDropped;
import dev.cis.core.event.SessionCompleted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cis.core.model.TaskStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTest {

    private static final Instant TS = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private SqliteRunStore store;
    private EventLog log;

    @BeforeEach
    void open() throws Exception {
        store = SqliteRunStore.open(dir.resolve("cis.db"));
        log = new EventLog(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void appendedEventsAreReadBackInOrder() {
        CisEvent started = new RunStarted(TS, "k3x9aa01");
        CisEvent changed = new TaskStatusChanged(TS, "k3x9aa01", "a", TaskStatus.READY, TaskStatus.RUNNING, 1, null,
                null);
        long first = log.append(started);
        long second = log.append(changed);
        log.append(new RunStarted(TS, "otherrun"));

        List<LoggedEvent> read = log.read("k3x9aa01", 0, 0);

        assertThat(read).containsExactly(new LoggedEvent(first, started), new LoggedEvent(second, changed));
        assertThat(log.read("k3x9aa01", first, 0)).extracting(LoggedEvent::event).containsExactly(changed);
    }

    @Test
    void eventsAreStoredWithTheirTypeName() {
        log.append(new SessionCompleted(TS, "k3x9aa01:a:1", 0));

        assertThat(store.events("k3x9aa01", 0, 0)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("session.completed"));
    }

    @Test
    void rowsThisVersionCannotReadAreSkipped() {
        store.appendEvent("k3x9aa01", TS, "run.teleported", "{\"type\":\"run.teleported\"}");
        CisEvent started = new RunStarted(TS, "k3x9aa01");
        log.append(started);

        assertThat(log.read("k3x9aa01", 0, 0)).extracting(LoggedEvent::event).containsExactly(started);
    }

    @Test
    void recordingKeepsDurableEventsPublishedOnTheBus() {
        EventBus bus = new EventBus();
        log.record(bus);
        CisEvent created = new RunCreated(TS, "k3x9aa01", "demo", null, List.of("a"), null);
        CisEvent started = new RunStarted(TS, "k3x9aa01");

        bus.publish(created);
        bus.publish(new EventsDropped(TS, 3));
        bus.publish(started);
        bus.close(Duration.ofSeconds(10));

        assertThat(log.readAll(0, 0)).extracting(LoggedEvent::event).containsExactly(created, started);
    }
}
