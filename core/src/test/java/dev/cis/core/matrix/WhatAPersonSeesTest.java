package dev.cis.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The human layer of a status room as another member's client (Element) gets it: read by a second user
 * with plain HTTP, not through the client under test. The homeserver bundles an edit and a thread's
 * replies with the root event; that is what Element shows as "(edited)" and a thread summary.
 */
class WhatAPersonSeesTest {

    private static ObjectNode notice(String body) {
        return MatrixHttp.JSON.createObjectNode().put("msgtype", "m.notice").put("body", body);
    }

    @Test
    void aNoticeEditedInPlaceWithAThreadReplyShowsTheNewTextAndTheThread() throws Exception {
        HttpMatrixClient cis = TestHomeserver.newUser("node");
        HttpMatrixClient person = TestHomeserver.newUser("person");
        String alias = TestHomeserver.uniqueName("status");
        String roomId = cis.createRoom(RoomSpec.named("cis status", RoomSpec.Preset.PUBLIC_CHAT).withAlias(alias));
        person.join("#" + alias + ":cis.local");
        TxnIds txn = new TxnIds();

        String root = cis.send(roomId, "m.room.message", notice("▶ demo · 7 tasks · laptop"), txn.next());
        ObjectNode edit = notice("* ▶ demo · 4/7 done · 1 needs you");
        edit.set("m.new_content", notice("▶ demo · 4/7 done · 1 needs you"));
        edit.putObject("m.relates_to").put("rel_type", "m.replace").put("event_id", root);
        cis.send(roomId, "m.room.message", edit, txn.next());
        ObjectNode reply = MatrixHttp.JSON.createObjectNode().put("msgtype", "m.text")
                .put("body", "build is waiting for you: Proceed? (y/n)");
        reply.putObject("m.relates_to").put("rel_type", "m.thread").put("event_id", root);
        String replyId = cis.send(roomId, "m.room.message", reply, txn.next());

        String token = person.session().orElseThrow().accessToken();
        JsonNode seen = get("/_matrix/client/v3/rooms/" + MatrixHttp.enc(roomId) + "/event/" + MatrixHttp.enc(root),
                token);
        JsonNode relations = seen.path("unsigned").path("m.relations");
        assertThat(seen.path("content").path("msgtype").asText()).isEqualTo("m.notice");
        assertThat(relations.path("m.replace").path("content").path("m.new_content").path("body").asText())
                .isEqualTo("▶ demo · 4/7 done · 1 needs you");
        assertThat(relations.path("m.thread").path("count").asInt()).isEqualTo(1);
        assertThat(relations.path("m.thread").path("latest_event").path("event_id").asText()).isEqualTo(replyId);

        JsonNode thread = get("/_matrix/client/v1/rooms/" + MatrixHttp.enc(roomId) + "/relations/"
                + MatrixHttp.enc(root) + "/m.thread", token);
        assertThat(thread.path("chunk").get(0).path("content").path("body").asText())
                .isEqualTo("build is waiting for you: Proceed? (y/n)");
    }

    private static JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                TestHomeserver.URL + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return MatrixHttp.JSON.readTree(r.body());
    }
}
