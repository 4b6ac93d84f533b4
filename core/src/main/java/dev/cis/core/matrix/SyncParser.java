package dev.cis.core.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the parts of a {@code /sync} answer that {@link SyncBatch} holds. */
final class SyncParser {

    private SyncParser() {
    }

    static SyncBatch batch(JsonNode r) {
        Map<String, SyncBatch.RoomUpdate> rooms = new LinkedHashMap<>();
        r.path("rooms").path("join").fields().forEachRemaining(room -> {
            JsonNode t = room.getValue().path("timeline");
            SyncBatch.Timeline timeline = new SyncBatch.Timeline(events(t.path("events")),
                    t.path("limited").asBoolean(false), Optional.ofNullable(t.path("prev_batch").asText(null)));
            rooms.put(room.getKey(),
                    new SyncBatch.RoomUpdate(timeline, events(room.getValue().path("state").path("events"))));
        });
        Set<String> invites = new HashSet<>();
        r.path("rooms").path("invite").fieldNames().forEachRemaining(invites::add);
        return new SyncBatch(r.path("next_batch").asText(), rooms, invites);
    }

    private static List<RoomEvent> events(JsonNode array) {
        List<RoomEvent> list = new ArrayList<>();
        array.forEach(e -> list.add(RoomEvent.of(e)));
        return list;
    }
}
