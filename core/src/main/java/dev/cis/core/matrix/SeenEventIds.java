package dev.cis.core.matrix;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the last events handed on, so the same event is not handed on twice (a sync after a
 * reconnect, a page of {@code /messages} that overlaps a timeline). Bounded: the oldest ids are forgotten
 * first, so memory stays flat on a room that lives for months.
 */
public final class SeenEventIds {

    private final Map<String, Boolean> ids;

    public SeenEventIds(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.ids = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Records the id; true when it was not seen before (the event is new). */
    public synchronized boolean add(String eventId) {
        return ids.put(eventId, Boolean.TRUE) == null;
    }

    public synchronized boolean contains(String eventId) {
        return ids.containsKey(eventId);
    }

    public synchronized int size() {
        return ids.size();
    }
}
