package dev.cis.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The client against a real Synapse. */
class HttpMatrixClientTest {

    private static ObjectNode content(String k, String v) {
        return MatrixHttp.JSON.createObjectNode().put("v", 1).put(k, v);
    }

    private static String room(HttpMatrixClient c) {
        return c.createRoom(RoomSpec.named("test", RoomSpec.Preset.PRIVATE_CHAT));
    }

    @Test
    void aRegisteredUserIsWhoItsTokenSays() {
        HttpMatrixClient anon = TestHomeserver.anonymous();
        String name = TestHomeserver.uniqueName("who");
        LoginSession s = anon.register(name, "pw");
        assertThat(s.userId()).isEqualTo("@" + name + ":cis.local");
        assertThat(anon.as(s).whoami()).isEqualTo(s.userId());
    }

    @Test
    void passwordLoginGivesAnotherDeviceOfTheSameUser() {
        HttpMatrixClient anon = TestHomeserver.anonymous();
        String name = TestHomeserver.uniqueName("login");
        LoginSession first = anon.register(name, "secret-1");
        LoginSession second = anon.loginWithPassword(name, "secret-1", Optional.empty());
        assertThat(second.userId()).isEqualTo(first.userId());
        assertThat(second.deviceId()).isNotEqualTo(first.deviceId());
        assertThat(anon.as(second).whoami()).isEqualTo(first.userId());
    }

    @Test
    void aWrongPasswordIsForbidden() {
        HttpMatrixClient anon = TestHomeserver.anonymous();
        String name = TestHomeserver.uniqueName("wrongpw");
        anon.register(name, "right");
        assertThatThrownBy(() -> anon.loginWithPassword(name, "wrong", Optional.empty()))
                .isInstanceOfSatisfying(MatrixException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MatrixException.Kind.FORBIDDEN);
                    assertThat(e.errcode()).contains("M_FORBIDDEN");
                    assertThat(e.getMessage()).contains("POST /_matrix/client/v3/login").doesNotContain("wrong");
                });
    }

    @Test
    void registeringATakenNameIsABadRequestWithTheServersErrcode() {
        HttpMatrixClient anon = TestHomeserver.anonymous();
        String name = TestHomeserver.uniqueName("taken");
        anon.register(name, "pw");
        assertThatThrownBy(() -> anon.register(name, "pw")).isInstanceOfSatisfying(MatrixException.class, e -> {
            assertThat(e.kind()).isEqualTo(MatrixException.Kind.BAD_REQUEST);
            assertThat(e.errcode()).contains("M_USER_IN_USE");
            assertThat(e.isTransient()).isFalse();
        });
    }

    @Test
    void anUnknownLoginTokenIsRefused() {
        assertThatThrownBy(() -> TestHomeserver.anonymous().loginWithToken("not-a-login-token"))
                .isInstanceOfSatisfying(MatrixException.class, e -> {
                    assertThat(e.kind()).isIn(MatrixException.Kind.FORBIDDEN, MatrixException.Kind.UNKNOWN_TOKEN);
                    assertThat(e.status()).isIn(401, 403);
                });
    }

    @Test
    void anInvalidAccessTokenIsUnknownToken() {
        HttpMatrixClient c = TestHomeserver.anonymous()
                .as(new LoginSession("@x:cis.local", "syt_invalid", "D", TestHomeserver.URL));
        assertThatThrownBy(c::whoami).isInstanceOfSatisfying(MatrixException.class,
                e -> assertThat(e.kind()).isEqualTo(MatrixException.Kind.UNKNOWN_TOKEN));
    }

    @Test
    void anAliasResolvesToTheRoomAndASecondUserJoinsByIt() {
        HttpMatrixClient alice = TestHomeserver.newUser("alice");
        HttpMatrixClient bob = TestHomeserver.newUser("bob");
        String alias = TestHomeserver.uniqueName("room");
        String roomId = alice.createRoom(RoomSpec.named("status", RoomSpec.Preset.PUBLIC_CHAT).withAlias(alias)
                .withTopic("runs"));
        assertThat(bob.resolveAlias("#" + alias + ":cis.local")).isEqualTo(roomId);
        assertThat(bob.join("#" + alias + ":cis.local")).isEqualTo(roomId);
        assertThat(bob.joinedRooms()).contains(roomId);
        assertThat(alice.joinedRooms()).contains(roomId);
    }

    @Test
    void anUnknownAliasIsNotFound() {
        assertThatThrownBy(() -> TestHomeserver.newUser("noalias").resolveAlias("#nothing-here:cis.local"))
                .isInstanceOfSatisfying(MatrixException.class,
                        e -> assertThat(e.kind()).isEqualTo(MatrixException.Kind.NOT_FOUND));
    }

    @Test
    void sendingAgainWithTheSameTxnIdAfterARestartMakesNoSecondEvent() {
        HttpMatrixClient alice = TestHomeserver.newUser("txn");
        String roomId = room(alice);
        String txn = new TxnIds().next();
        String first = alice.send(roomId, "cis.dag.run.started", content("run_id", "r1"), txn);
        LoginSession kept = new LoginSession(alice.whoami(), tokenOf(alice), null, TestHomeserver.URL);
        HttpMatrixClient restarted = HttpMatrixClient.of(TestHomeserver.URL, MatrixSettings.defaults()).as(kept);
        String again = restarted.send(roomId, "cis.dag.run.started", content("run_id", "r1"), txn);
        assertThat(again).isEqualTo(first);
        long copies = history(alice, roomId).stream().filter(e -> e.type().equals("cis.dag.run.started")).count();
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void aUserOutsideTheRoomIsForbiddenToSend() {
        String roomId = room(TestHomeserver.newUser("owner"));
        HttpMatrixClient stranger = TestHomeserver.newUser("stranger");
        assertThatThrownBy(() -> stranger.send(roomId, "cis.x", content("a", "b"), new TxnIds().next()))
                .isInstanceOfSatisfying(MatrixException.class,
                        e -> assertThat(e.kind()).isEqualTo(MatrixException.Kind.FORBIDDEN));
    }

    @Test
    void stateIsReadBackAsOneEventAndInTheWholeState() {
        HttpMatrixClient alice = TestHomeserver.newUser("state");
        String roomId = room(alice);
        alice.putState(roomId, "cis.dag.task.assignment", "run-1/build", content("node_did", "did:key:z1"));
        assertThat(alice.stateEvent(roomId, "cis.dag.task.assignment", "run-1/build").path("node_did").asText())
                .isEqualTo("did:key:z1");
        assertThat(alice.state(roomId)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("cis.dag.task.assignment");
            assertThat(e.stateKey()).contains("run-1/build");
        });
        assertThatThrownBy(() -> alice.stateEvent(roomId, "cis.dag.task.assignment", "run-1/other"))
                .isInstanceOfSatisfying(MatrixException.class,
                        e -> assertThat(e.kind()).isEqualTo(MatrixException.Kind.NOT_FOUND));
    }

    @Test
    void contentOverSixtyKibIsCutAndTheServerTakesIt() {
        HttpMatrixClient alice = TestHomeserver.newUser("big");
        String roomId = room(alice);
        String eventId = alice.send(roomId, "cis.dag.session.blocked", content("screen", "x".repeat(200_000)),
                new TxnIds().next());
        RoomEvent sent = history(alice, roomId).stream().filter(e -> e.eventId().equals(eventId)).findFirst()
                .orElseThrow();
        assertThat(sent.content().path("screen").asText()).endsWith(EventSize.MARK);
        assertThat(sent.content().path(EventSize.NOTE).get(0).asText()).startsWith("screen: ");
    }

    @Test
    void messagesPagesBackThroughTheWholeHistoryNewestFirst() {
        HttpMatrixClient alice = TestHomeserver.newUser("history");
        String roomId = room(alice);
        for (int i = 1; i <= 7; i++) {
            alice.send(roomId, "cis.test", content("n", Integer.toString(i)), new TxnIds().next());
        }
        List<String> ns = new ArrayList<>();
        for (RoomEvent e : history(alice, roomId)) {
            if (e.type().equals("cis.test")) {
                ns.add(e.content().path("n").asText());
            }
        }
        assertThat(ns).containsExactly("7", "6", "5", "4", "3", "2", "1");
    }

    @Test
    void aRedactedEventLosesItsContent() {
        HttpMatrixClient alice = TestHomeserver.newUser("redact");
        String roomId = room(alice);
        String eventId = alice.send(roomId, "cis.test", content("secret", "s3"), new TxnIds().next());
        String redaction = alice.redact(roomId, eventId, Optional.of("posted by mistake"), new TxnIds().next());
        assertThat(redaction).startsWith("$");
        RoomEvent e = history(alice, roomId).stream().filter(x -> x.eventId().equals(eventId)).findFirst()
                .orElseThrow();
        assertThat(e.isRedacted()).isTrue();
        assertThat(e.content().has("secret")).isFalse();
    }

    @Test
    void uploadedMediaIsDownloadedAgainByItsMxcUri() throws Exception {
        HttpMatrixClient alice = TestHomeserver.newUser("media");
        byte[] bytes = "the whole output\n".getBytes(StandardCharsets.UTF_8);
        String mxc = alice.upload("output.txt", "text/plain", bytes);
        assertThat(mxc).startsWith("mxc://cis.local/");
        URI download = URI.create(TestHomeserver.URL + "/_matrix/client/v1/media/download/cis.local/"
                + mxc.substring("mxc://cis.local/".length()));
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(download)
                .header("Authorization", "Bearer " + tokenOf(alice)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(bytes);
    }

    /** All of a room's events, newest first, through /messages back-paging from the latest sync. */
    static List<RoomEvent> history(MatrixClient c, String roomId) {
        SyncBatch b = c.sync(Optional.empty(), Optional.of(SyncFilter.sync(List.of(roomId), List.of("*"), 1)),
                java.time.Duration.ZERO);
        String from = b.rooms().get(roomId).timeline().prevBatch().orElseThrow();
        List<RoomEvent> all = new ArrayList<>(b.rooms().get(roomId).timeline().events());
        Optional<String> token = Optional.of(from);
        while (token.isPresent()) {
            MessagesPage p = c.messages(roomId, token.get(), Optional.empty(), Direction.BACKWARDS, 3,
                    Optional.empty());
            all.addAll(p.chunk());
            token = p.chunk().isEmpty() ? Optional.empty() : p.end();
        }
        return all;
    }

    static String tokenOf(HttpMatrixClient c) {
        return c.session().orElseThrow().accessToken();
    }
}
