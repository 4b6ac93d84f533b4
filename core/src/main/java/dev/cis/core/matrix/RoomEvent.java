package dev.cis.core.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;

/**
 * One event of a room's timeline or state as the homeserver gives it.
 *
 * @param stateKey present for state events only (may be the empty string)
 * @param unsigned the server's {@code unsigned} object (transaction id of our own sends, bundled relations,
 *     {@code redacted_because}); an empty object when absent
 */
public record RoomEvent(String eventId, String type, String sender, long ts, JsonNode content,
        Optional<String> stateKey, JsonNode unsigned) {

    static RoomEvent of(JsonNode e) {
        JsonNode content = e.path("content");
        JsonNode unsigned = e.path("unsigned");
        return new RoomEvent(
                e.path("event_id").asText(null),
                e.path("type").asText(""),
                e.path("sender").asText(""),
                e.path("origin_server_ts").asLong(0),
                content.isObject() ? content : JsonNodeFactory.instance.objectNode(),
                e.hasNonNull("state_key") ? Optional.of(e.get("state_key").asText()) : Optional.empty(),
                unsigned.isObject() ? unsigned : JsonNodeFactory.instance.objectNode());
    }

    public boolean isState() {
        return stateKey.isPresent();
    }

    /** True when the event was redacted (its content is gone). */
    public boolean isRedacted() {
        return unsigned.has("redacted_because");
    }
}
