package dev.cis.core.matrix;

import static dev.cis.core.matrix.MatrixHttp.JSON;
import static dev.cis.core.matrix.MatrixHttp.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link MatrixClient} over {@code java.net.http} and Jackson. Immutable; safe to share between threads. */
public final class HttpMatrixClient implements MatrixClient {

    private static final String V3 = "/_matrix/client/v3";

    private final MatrixHttp http;
    private final LoginSession session;

    private HttpMatrixClient(MatrixHttp http, LoginSession session) {
        this.http = http;
        this.session = session;
    }

    /** A client that is not logged in yet: it can log in and register. */
    public static HttpMatrixClient of(URI homeserver, MatrixSettings settings) {
        return new HttpMatrixClient(new MatrixHttp(homeserver, settings), null);
    }

    @Override
    public HttpMatrixClient as(LoginSession s) {
        return new HttpMatrixClient(http, s);
    }

    /** The session this client calls as, if any. */
    public Optional<LoginSession> session() {
        return Optional.ofNullable(session);
    }

    @Override
    public LoginSession loginWithPassword(String user, String password, Optional<String> deviceId) {
        ObjectNode body = JSON.createObjectNode().put("type", "m.login.password").put("password", password);
        body.putObject("identifier").put("type", "m.id.user").put("user", user);
        deviceId.ifPresent(d -> body.put("device_id", d));
        return login(body);
    }

    @Override
    public LoginSession loginWithToken(String loginToken) {
        return login(JSON.createObjectNode().put("type", "m.login.token").put("token", loginToken));
    }

    private LoginSession login(ObjectNode body) {
        body.put("initial_device_display_name", "cis");
        return sessionOf(http.call("POST", V3 + "/login", null, body, timeout()));
    }

    @Override
    public LoginSession register(String user, String password) {
        ObjectNode body = JSON.createObjectNode().put("username", user).put("password", password)
                .put("initial_device_display_name", "cis");
        body.putObject("auth").put("type", "m.login.dummy");
        return sessionOf(http.call("POST", V3 + "/register?kind=user", null, body, timeout()));
    }

    private LoginSession sessionOf(JsonNode r) {
        return new LoginSession(r.path("user_id").asText(), r.path("access_token").asText(),
                r.path("device_id").asText(null), http.homeserver());
    }

    @Override
    public String whoami() {
        return get(V3 + "/account/whoami").path("user_id").asText();
    }

    @Override
    public String createRoom(RoomSpec spec) {
        ObjectNode body = JSON.createObjectNode().put("name", spec.name()).put("preset", spec.preset().wire);
        spec.aliasLocalpart().ifPresent(a -> body.put("room_alias_name", a));
        spec.topic().ifPresent(t -> body.put("topic", t));
        spec.invite().forEach(body.putArray("invite")::add);
        return call("POST", V3 + "/createRoom", body).path("room_id").asText();
    }

    @Override
    public String join(String roomIdOrAlias) {
        return call("POST", V3 + "/join/" + enc(roomIdOrAlias), JSON.createObjectNode()).path("room_id").asText();
    }

    @Override
    public List<String> joinedRooms() {
        List<String> ids = new ArrayList<>();
        get(V3 + "/joined_rooms").path("joined_rooms").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    @Override
    public String resolveAlias(String alias) {
        return get(V3 + "/directory/room/" + enc(alias)).path("room_id").asText();
    }

    @Override
    public String send(String roomId, String type, ObjectNode content, String txnId) {
        String path = V3 + "/rooms/" + enc(roomId) + "/send/" + enc(type) + "/" + enc(txnId);
        return call("PUT", path, EventSize.fit(content)).path("event_id").asText();
    }

    @Override
    public String putState(String roomId, String type, String stateKey, ObjectNode content) {
        String path = V3 + "/rooms/" + enc(roomId) + "/state/" + enc(type) + "/" + enc(stateKey);
        return call("PUT", path, EventSize.fit(content)).path("event_id").asText();
    }

    @Override
    public JsonNode stateEvent(String roomId, String type, String stateKey) {
        return get(V3 + "/rooms/" + enc(roomId) + "/state/" + enc(type) + "/" + enc(stateKey));
    }

    @Override
    public List<RoomEvent> state(String roomId) {
        return events(get(V3 + "/rooms/" + enc(roomId) + "/state"));
    }

    @Override
    public SyncBatch sync(Optional<String> since, Optional<String> filter, Duration timeout) {
        StringBuilder path = new StringBuilder(V3 + "/sync?timeout=").append(timeout.toMillis());
        since.ifPresent(s -> path.append("&since=").append(enc(s)));
        filter.ifPresent(f -> path.append("&filter=").append(enc(f)));
        Duration requestTimeout = timeout.plus(http.settings().syncMargin());
        return SyncParser.batch(http.call("GET", path.toString(), token(), null, requestTimeout));
    }

    @Override
    public MessagesPage messages(String roomId, String from, Optional<String> to, Direction dir, int limit,
            Optional<String> filter) {
        StringBuilder path = new StringBuilder(V3 + "/rooms/").append(enc(roomId)).append("/messages?from=")
                .append(enc(from)).append("&dir=").append(dir.wire).append("&limit=").append(limit);
        to.ifPresent(t -> path.append("&to=").append(enc(t)));
        filter.ifPresent(f -> path.append("&filter=").append(enc(f)));
        JsonNode r = get(path.toString());
        return new MessagesPage(events(r.path("chunk")), r.path("start").asText(null),
                Optional.ofNullable(r.path("end").asText(null)));
    }

    @Override
    public String redact(String roomId, String eventId, Optional<String> reason, String txnId) {
        ObjectNode body = JSON.createObjectNode();
        reason.ifPresent(r -> body.put("reason", r));
        String path = V3 + "/rooms/" + enc(roomId) + "/redact/" + enc(eventId) + "/" + enc(txnId);
        return call("PUT", path, body).path("event_id").asText();
    }

    @Override
    public String upload(String fileName, String contentType, byte[] bytes) {
        String path = "/_matrix/media/v3/upload?filename=" + enc(fileName);
        return http.send("POST", path, token(), bytes, contentType, timeout()).path("content_uri").asText();
    }

    private static List<RoomEvent> events(JsonNode array) {
        List<RoomEvent> list = new ArrayList<>();
        array.forEach(e -> list.add(RoomEvent.of(e)));
        return list;
    }

    private JsonNode get(String path) {
        return http.call("GET", path, token(), null, timeout());
    }

    private JsonNode call(String method, String path, JsonNode body) {
        return http.call(method, path, token(), body, timeout());
    }

    private Duration timeout() {
        return http.settings().requestTimeout();
    }

    private String token() {
        if (session == null) {
            throw new IllegalStateException("not logged in: make the client with as(session) first");
        }
        return session.accessToken();
    }
}
