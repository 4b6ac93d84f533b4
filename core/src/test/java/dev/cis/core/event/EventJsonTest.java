package dev.cis.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cis.core.dag.Level;
import dev.cis.core.model.RunStatus;
import dev.cis.core.model.TaskStatus;
import dev.cis.core.model.RunSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    static final Instant TS = Instant.parse("2025-03-01T10:15:30.123456789Z");
    static final String SID = "k3x9aa01:build:2";

    /** One event of every type, with every field set. */
    static Stream<CisEvent> samples() {
        return Stream.of(
                new RunCreated(TS, "k3x9aa01", "hello", "/dags/hello.toml", List.of("greet", "summarize"), "laptop"),
                new RunStarted(TS, "k3x9aa01"),
                new RunFinished(TS, "k3x9aa01", RunStatus.FAILED,
                        new RunSummary(3, 1, 2, 0, 6, Duration.ofMillis(90_500)), "task build failed"),
                new TaskStatusChanged(TS, "k3x9aa01", "build", TaskStatus.WAITING_APPROVAL, TaskStatus.RUNNING, 2, 1,
                        "exit 1"),
                new TaskApprovalRequested(TS, "k3x9aa01", "deploy", Level.Type.RECOMMENDED, 300,
                        Level.DefaultAction.SKIP, List.of("@ann:example.org")),
                new SessionCreated(TS, SID, "k3x9aa01", "build", 2, "claude", 4242),
                new SessionBlocked(TS, SID, "asks for permission", "pattern:permission",
                        List.of("Allow edit of pom.xml?", "1. Yes  2. No"), List.of("1", "2")),
                new SessionRecovered(TS, SID, SessionRecovered.How.DETECTED),
                new SessionKilled(TS, SID, "timeout after 3600 s"),
                new SessionCompleted(TS, SID, 0),
                new SessionFailed(TS, SID, "the node stopped while the attempt was running"),
                new EventsDropped(TS, 17));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyEventSurvivesTheRoundTrip(CisEvent event) throws Exception {
        String json = EventJson.toJson(event);

        assertThat(EventJson.fromJson(json)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyEventNamesItsTypeFirst(CisEvent event) {
        String json = EventJson.toJson(event);

        assertThat(json).startsWith("{\"type\":\"" + EventJson.typeName(event) + "\"");
    }

    @Test
    void everyEventClassHasASampleAndATypeName() {
        Set<Class<?>> sampled = new HashSet<>();
        samples().forEach(e -> sampled.add(e.getClass()));

        List<Class<?>> all = leaves(CisEvent.class);

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(all);
        assertThat(EventJson.typeNames()).hasSize(all.size());
    }

    private static List<Class<?>> leaves(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> sub : type.getPermittedSubclasses()) {
            if (sub.isSealed()) {
                out.addAll(leaves(sub));
            } else {
                out.add(sub);
            }
        }
        return out;
    }

    @Test
    void typeNamesAreStable() {
        assertThat(EventJson.typeNames()).containsExactly("run.created", "run.started", "run.finished",
                "task.status_changed", "task.approval_requested", "session.created",
                "session.blocked", "session.recovered", "session.killed",
                "session.completed", "session.failed", "events.dropped");
    }

    @Test
    void fieldsAreSnakeCaseAndEnumsLowerCase() {
        String json = EventJson.toJson(new TaskStatusChanged(Instant.parse("2025-03-01T10:00:00Z"), "k3x9aa01",
                "build", TaskStatus.WAITING_APPROVAL, TaskStatus.RUNNING, 1, null, null));

        assertThat(json).isEqualTo("{\"type\":\"task.status_changed\",\"ts\":\"2025-03-01T10:00:00Z\","
                + "\"run_id\":\"k3x9aa01\",\"task_id\":\"build\",\"from\":\"waiting_approval\",\"to\":\"running\","
                + "\"attempt\":1}");
    }

    @Test
    void summaryDurationIsAnIsoDuration() {
        String json = EventJson.toJson(new RunFinished(TS, "k3x9aa01", RunStatus.COMPLETED,
                new RunSummary(2, 0, 0, 0, 2, Duration.ofSeconds(90)), null));

        assertThat(json).contains("\"summary\":{\"completed\":2,\"failed\":0,\"skipped\":0,\"cancelled\":0,"
                + "\"total\":2,\"duration\":\"PT1M30S\"}");
    }

    @Test
    void sessionEventsTellTheirRunAndTaskFromTheSessionId() {
        SessionCompleted out = new SessionCompleted(TS, SID, 0);

        assertThat(out.runId()).isEqualTo("k3x9aa01");
        assertThat(out.taskId()).isEqualTo("build");
        assertThat(new SessionKilled(TS, "adhoc", null).runId()).isNull();
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        CisEvent e = EventJson.fromJson("{\"type\":\"run.started\",\"ts\":\"2025-03-01T10:00:00Z\","
                + "\"run_id\":\"k3x9aa01\",\"added_later\":{\"x\":1}}");

        assertThat(e).isEqualTo(new RunStarted(Instant.parse("2025-03-01T10:00:00Z"), "k3x9aa01"));
    }

    @Test
    void unknownTypeIsRefusedWithItsName() {
        assertThatThrownBy(() -> EventJson.fromJson("{\"type\":\"run.exploded\",\"ts\":\"2025-03-01T10:00:00Z\"}"))
                .isInstanceOf(EventJsonException.class)
                .hasMessageContaining("run.exploded");
    }

    @Test
    void missingTypeIsRefused() {
        assertThatThrownBy(() -> EventJson.fromJson("{\"ts\":\"2025-03-01T10:00:00Z\"}"))
                .isInstanceOf(EventJsonException.class)
                .hasMessageContaining("type");
    }

    @Test
    void missingRequiredFieldIsRefused() {
        assertThatThrownBy(() -> EventJson.fromJson("{\"type\":\"run.started\",\"ts\":\"2025-03-01T10:00:00Z\"}"))
                .isInstanceOf(EventJsonException.class)
                .hasMessageContaining("run.started")
                .hasMessageContaining("runId");
    }

    @Test
    void malformedTimeIsRefused() {
        assertThatThrownBy(() -> EventJson.fromJson("{\"type\":\"run.started\",\"ts\":\"yesterday\","
                + "\"run_id\":\"k3x9aa01\"}"))
                .isInstanceOf(EventJsonException.class);
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> EventJson.fromJson("run.started at noon")).isInstanceOf(EventJsonException.class);
        assertThatThrownBy(() -> EventJson.fromJson("[1, 2]")).isInstanceOf(EventJsonException.class);
    }
}
