package dev.cis.core.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A Matrix Client-Server API v3 client: the calls cis needs and nothing of cis itself. Every call has a
 * timeout, waits out rate limits, and fails with a {@link MatrixException} that says what kind of failure
 * it was. Calls other than login and register need a client made {@link #as(LoginSession) as} a session.
 */
public interface MatrixClient {

    /** A client of the same homeserver that calls as the given session. */
    MatrixClient as(LoginSession session);

    /** Logs in with {@code m.login.password}; a new device unless {@code deviceId} is given. */
    LoginSession loginWithPassword(String user, String password, Optional<String> deviceId);

    /** Logs in with {@code m.login.token} (a short-lived login token, e.g. from single sign-on). */
    LoginSession loginWithToken(String loginToken);

    /** Registers a user where the homeserver allows it without verification ({@code m.login.dummy}). */
    LoginSession register(String user, String password);

    /** The user id the access token belongs to ({@code GET /account/whoami}). */
    String whoami();

    /** Creates a room and returns its id. */
    String createRoom(RoomSpec spec);

    /** Joins a room by id or alias and returns its id. */
    String join(String roomIdOrAlias);

    List<String> joinedRooms();

    /** The room id an alias ({@code #name:server}) points at. */
    String resolveAlias(String alias);

    /**
     * Sends a timeline event and returns its event id. The same {@code txnId} (from {@link TxnIds}, kept by
     * the caller) sends the event once, however often the call is repeated. Content over
     * {@link EventSize#MAX_CONTENT_BYTES} is cut with a note ({@link EventSize#fit}).
     */
    String send(String roomId, String type, ObjectNode content, String txnId);

    /** Puts a state event and returns its event id; content is cut like {@link #send}'s. */
    String putState(String roomId, String type, String stateKey, ObjectNode content);

    /** The content of one state event. */
    JsonNode stateEvent(String roomId, String type, String stateKey);

    /** The room's whole current state. */
    List<RoomEvent> state(String roomId);

    /**
     * One {@code /sync}: waits up to {@code timeout} for news after {@code since} (empty for a first sync).
     *
     * @param filter a filter as JSON ({@link SyncFilter}), or empty for none
     */
    SyncBatch sync(Optional<String> since, Optional<String> filter, Duration timeout);

    /**
     * One page of a room's history from {@code from} (a {@code prev_batch} or {@code end} token) up to
     * {@code to} when given.
     */
    MessagesPage messages(String roomId, String from, Optional<String> to, Direction dir, int limit,
            Optional<String> filter);

    /** Redacts an event and returns the redaction's event id. */
    String redact(String roomId, String eventId, Optional<String> reason, String txnId);

    /** Uploads a file to the media repository and returns its {@code mxc://} URI. */
    String upload(String fileName, String contentType, byte[] bytes);
}
