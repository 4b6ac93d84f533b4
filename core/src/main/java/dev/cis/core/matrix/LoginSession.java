package dev.cis.core.matrix;

import java.net.URI;
import java.util.Objects;

/**
 * Who a client is logged in as. The access token is a credential: {@link #toString()} masks it, so a
 * session can be logged or shown in a message without leaking it.
 */
public record LoginSession(String userId, String accessToken, String deviceId, URI homeserver) {

    public LoginSession {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(homeserver, "homeserver");
    }

    @Override
    public String toString() {
        return "LoginSession[userId=" + userId + ", accessToken=***, deviceId=" + deviceId + ", homeserver="
                + homeserver + "]";
    }
}
