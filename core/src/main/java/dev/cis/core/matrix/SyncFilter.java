package dev.cis.core.matrix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Filters for {@code /sync} and {@code /messages}, as JSON. A filter keeps a long-poll to what cis reads:
 * its own {@code cis.*} events and the run threads' messages, edits, reactions and redactions; no
 * presence, typing, receipts or account data.
 */
public final class SyncFilter {

    /** The timeline event types cis follows ({@code *} is the spec's wildcard). */
    public static final List<String> CIS_TYPES = List.of("cis.*", "m.room.message", "m.reaction",
            "m.room.redaction");

    private SyncFilter() {
    }

    /**
     * A {@code /sync} filter for the given types in the given rooms (all joined rooms when empty), at most
     * {@code timelineLimit} timeline events per room and sync (older ones are paged in with {@code /messages}).
     */
    public static String sync(List<String> roomIds, List<String> types, int timelineLimit) {
        ObjectNode f = MatrixHttp.JSON.createObjectNode();
        f.putObject("presence").putArray("types");
        f.putObject("account_data").putArray("types");
        ObjectNode room = f.putObject("room");
        if (!roomIds.isEmpty()) {
            roomIds.forEach(room.putArray("rooms")::add);
        }
        ObjectNode timeline = room.putObject("timeline").put("limit", timelineLimit);
        types.forEach(timeline.putArray("types")::add);
        ObjectNode state = room.putObject("state").put("lazy_load_members", true);
        ArrayNode stateTypes = state.putArray("types");
        types.stream().filter(t -> t.startsWith("cis.")).forEach(stateTypes::add);
        room.putObject("ephemeral").putArray("types");
        room.putObject("account_data").putArray("types");
        return f.toString();
    }

    /** A {@code /messages} (room event) filter for the given types. */
    public static String roomEvents(List<String> types) {
        ObjectNode f = MatrixHttp.JSON.createObjectNode();
        types.forEach(f.putArray("types")::add);
        return f.toString();
    }
}
