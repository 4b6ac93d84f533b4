package dev.cis.core.matrix;

import java.util.List;
import java.util.Optional;

/**
 * One page of {@code GET /rooms/{id}/messages}.
 *
 * @param chunk the events, in the direction asked for (newest first when paging backwards)
 * @param start the token the page began at
 * @param end the token to ask for the next page with; empty when there are no more events that way
 */
public record MessagesPage(List<RoomEvent> chunk, String start, Optional<String> end) {

    public MessagesPage {
        chunk = List.copyOf(chunk);
    }
}
