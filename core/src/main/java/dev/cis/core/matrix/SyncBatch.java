package dev.cis.core.matrix;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one {@code /sync} returned: the token to sync from next time and, per joined room with news, its
 * timeline and the state changes before it.
 *
 * @param invites rooms the user was invited to since the last sync
 */
public record SyncBatch(String nextBatch, Map<String, RoomUpdate> rooms, Set<String> invites) {

    public SyncBatch {
        rooms = Map.copyOf(rooms);
        invites = Set.copyOf(invites);
    }

    /** The news of one joined room. */
    public record RoomUpdate(Timeline timeline, List<RoomEvent> state) {
        public RoomUpdate {
            state = List.copyOf(state);
        }
    }

    /**
     * The newest timeline events of a room, oldest first. {@code limited} means events between the last
     * sync and these were left out; {@code prevBatch} is where {@code /messages} pages back from to get them.
     */
    public record Timeline(List<RoomEvent> events, boolean limited, Optional<String> prevBatch) {
        public Timeline {
            events = List.copyOf(events);
        }
    }
}
