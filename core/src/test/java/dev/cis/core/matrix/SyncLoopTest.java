package dev.cis.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Following a room on a real Synapse. */
class SyncLoopTest {

    private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());

    private static ObjectNode n(int i) {
        return MatrixHttp.JSON.createObjectNode().put("v", 1).put("n", i);
    }

    private SyncLoop loop(MatrixClient c, String roomId, int limit, Optional<String> since, SeenEventIds seen) {
        SyncLoop.Settings s = SyncLoop.Settings.defaults().with(limit, Duration.ofSeconds(2), Duration.ofMillis(200));
        s = new SyncLoop.Settings(List.of(roomId), s.types(), s.timelineLimit(), s.pollTimeout(), s.minBackoff(),
                s.maxBackoff(), s.maxGapEvents(), since);
        return new SyncLoop(c, s, seen, (room, e) -> {
            if (e.type().startsWith("cis.")) {
                delivered.add(e.type() + "#" + e.content().path("n").asInt());
            }
        }, e -> delivered.add("gave up: " + e.kind()));
    }

    @Test
    void eachCisEventIsHandedOnOnceInOrderAndOtherTypesAreFilteredOut() {
        HttpMatrixClient alice = TestHomeserver.newUser("sync");
        String roomId = alice.createRoom(RoomSpec.named("s", RoomSpec.Preset.PRIVATE_CHAT));
        try (SyncLoop loop = loop(alice, roomId, 50, Optional.empty(), new SeenEventIds(1000)).start()) {
            TxnIds txn = new TxnIds();
            String again = txn.next();
            alice.send(roomId, "cis.dag.task.status", n(1), again);
            alice.send(roomId, "org.example.other", n(2), txn.next());
            alice.send(roomId, "cis.dag.task.status", n(1), again);
            alice.send(roomId, "cis.dag.run.completed", n(3), txn.next());
            await().atMost(Duration.ofSeconds(20)).until(() -> delivered.contains("cis.dag.run.completed#3"));
            assertThat(delivered).containsExactly("cis.dag.task.status#1", "cis.dag.run.completed#3");
        }
    }

    @Test
    void eventsMissedWhileAwayArePagedInWhenTheTimelineIsLimited() {
        HttpMatrixClient alice = TestHomeserver.newUser("gap");
        String roomId = alice.createRoom(RoomSpec.named("g", RoomSpec.Preset.PRIVATE_CHAT));
        SeenEventIds seen = new SeenEventIds(1000);
        TxnIds txn = new TxnIds();
        Optional<String> since;
        try (SyncLoop first = loop(alice, roomId, 3, Optional.empty(), seen).start()) {
            alice.send(roomId, "cis.test", n(0), txn.next());
            await().atMost(Duration.ofSeconds(20)).until(() -> delivered.contains("cis.test#0"));
            await().atMost(Duration.ofSeconds(20)).until(() -> first.since().isPresent());
            first.close();
            since = first.since();
        }
        for (int i = 1; i <= 12; i++) {
            alice.send(roomId, "cis.test", n(i), txn.next());
        }
        try (SyncLoop second = loop(alice, roomId, 3, since, seen).start()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> delivered.contains("cis.test#12"));
            List<String> expected = new ArrayList<>();
            for (int i = 0; i <= 12; i++) {
                expected.add("cis.test#" + i);
            }
            assertThat(delivered).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aLoopCutOffFromTheHomeserverReconnectsAndMissesNothing() throws Exception {
        HttpMatrixClient alice = TestHomeserver.newUser("relay");
        String roomId = alice.createRoom(RoomSpec.named("r", RoomSpec.Preset.PRIVATE_CHAT));
        try (TcpRelay relay = new TcpRelay(TestHomeserver.URL)) {
            MatrixClient viaRelay = HttpMatrixClient.of(relay.url(), MatrixSettings.defaults())
                    .as(alice.session().orElseThrow());
            try (SyncLoop loop = loop(viaRelay, roomId, 50, Optional.empty(), new SeenEventIds(100)).start()) {
                TxnIds txn = new TxnIds();
                alice.send(roomId, "cis.test", n(1), txn.next());
                await().atMost(Duration.ofSeconds(20)).until(() -> delivered.contains("cis.test#1"));
                relay.cut();
                alice.send(roomId, "cis.test", n(2), txn.next());
                alice.send(roomId, "cis.test", n(3), txn.next());
                relay.mend();
                await().atMost(Duration.ofSeconds(30)).until(() -> delivered.contains("cis.test#3"));
                assertThat(delivered).containsExactly("cis.test#1", "cis.test#2", "cis.test#3");
                assertThat(loop.isRunning()).isTrue();
            }
        }
    }

    @Test
    void aConsumerThatFailsOnOneEventStillGetsTheNextOnes() {
        HttpMatrixClient alice = TestHomeserver.newUser("failing");
        String roomId = alice.createRoom(RoomSpec.named("f", RoomSpec.Preset.PRIVATE_CHAT));
        SyncLoop.Settings s = SyncLoop.Settings.defaults().with(50, Duration.ofSeconds(2), Duration.ofMillis(200));
        try (SyncLoop loop = new SyncLoop(alice, s, new SeenEventIds(100), (room, e) -> {
            if (e.type().equals("cis.test")) {
                delivered.add("n" + e.content().path("n").asInt());
                if (e.content().path("n").asInt() == 1) {
                    throw new IllegalStateException("consumer broke on purpose");
                }
            }
        }, e -> delivered.add("gave up")).start()) {
            TxnIds txn = new TxnIds();
            alice.send(roomId, "cis.test", n(1), txn.next());
            alice.send(roomId, "cis.test", n(2), txn.next());
            await().atMost(Duration.ofSeconds(20)).until(() -> delivered.contains("n2"));
            assertThat(delivered).containsExactly("n1", "n2");
            assertThat(loop.isRunning()).isTrue();
        }
    }

    @Test
    void anInvalidTokenStopsTheLoopAndIsReported() {
        AtomicReference<MatrixException> gaveUp = new AtomicReference<>();
        MatrixClient c = TestHomeserver.anonymous()
                .as(new LoginSession("@x:cis.local", "syt_not_valid", "D", TestHomeserver.URL));
        SyncLoop loop = new SyncLoop(c, SyncLoop.Settings.defaults(), new SeenEventIds(10), (r, e) -> { }, gaveUp::set)
                .start();
        await().atMost(Duration.ofSeconds(20)).until(() -> gaveUp.get() != null && !loop.isRunning());
        assertThat(gaveUp.get().kind()).isEqualTo(MatrixException.Kind.UNKNOWN_TOKEN);
    }

    @Test
    void closingTheLoopEndsALongPollUnderWay() {
        HttpMatrixClient alice = TestHomeserver.newUser("close");
        SyncLoop.Settings s = SyncLoop.Settings.defaults().with(10, Duration.ofSeconds(30), Duration.ofMillis(200));
        SyncLoop loop = new SyncLoop(alice, s, new SeenEventIds(10), (r, e) -> { }, e -> { }).start();
        await().atMost(Duration.ofSeconds(20)).until(() -> loop.since().isPresent());
        long start = System.nanoTime();
        loop.close();
        assertThat(loop.isRunning()).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }
}
