package dev.cis.core.matrix;

import java.time.Duration;
import java.util.Optional;

/**
 * A Matrix call that did not succeed, with what kind of failure it was and, when the homeserver answered,
 * its {@code errcode} and {@code error}. The message names the call ({@code PUT /rooms/{id}/send/...}) but
 * never a request body, an access token or a password.
 */
public final class MatrixException extends RuntimeException {

    /** What went wrong, so a caller can decide: log in again, retry later, or give up. */
    public enum Kind {
        /** {@code M_FORBIDDEN}: not allowed (wrong password, not in the room, power levels). */
        FORBIDDEN,
        /** {@code M_UNKNOWN_TOKEN} or {@code M_MISSING_TOKEN}: the access token is not (or no longer) valid. */
        UNKNOWN_TOKEN,
        /** {@code M_NOT_FOUND} or HTTP 404: no such room, alias, event or state. */
        NOT_FOUND,
        /** {@code M_LIMIT_EXCEEDED}: rate limited, and the client gave up waiting. */
        LIMIT_EXCEEDED,
        /** Any other 4xx ({@code M_BAD_JSON}, {@code M_TOO_LARGE}, {@code M_USER_IN_USE}, ...). */
        BAD_REQUEST,
        /** The homeserver could not be reached or the connection broke. */
        NETWORK,
        /** No answer within the call's timeout. */
        TIMEOUT,
        /** A 5xx answer, or an answer that is not the JSON the API promises. */
        SERVER
    }

    private final Kind kind;
    private final int status;
    private final String errcode;
    private final String serverError;
    private final Duration retryAfter;

    MatrixException(Kind kind, String message, int status, String errcode, String serverError, Duration retryAfter,
            Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.errcode = errcode;
        this.serverError = serverError;
        this.retryAfter = retryAfter;
    }

    static MatrixException transport(Kind kind, String call, Throwable cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String text = kind == Kind.TIMEOUT ? "no answer in time" : "homeserver not reachable";
        return new MatrixException(kind, call + ": " + text + " (" + why + ")", 0, null, null, null, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** The homeserver's {@code errcode} ({@code M_FORBIDDEN}, ...), when it sent one. */
    public Optional<String> errcode() {
        return Optional.ofNullable(errcode);
    }

    /** The homeserver's {@code error} text, when it sent one. */
    public Optional<String> serverError() {
        return Optional.ofNullable(serverError);
    }

    /** For {@link Kind#LIMIT_EXCEEDED}: how long the homeserver asked to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True for failures that may pass by themselves: network, timeout, server errors, rate limits. */
    public boolean isTransient() {
        return kind == Kind.NETWORK || kind == Kind.TIMEOUT || kind == Kind.SERVER || kind == Kind.LIMIT_EXCEEDED;
    }
}
