package dev.cis.core.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** The one rule that turns a homeserver's error answer into a {@link MatrixException.Kind}. */
final class MatrixErrors {

    private MatrixErrors() {
    }

    static MatrixException of(String call, int status, JsonNode json, Duration retryAfter) {
        String errcode = json.path("errcode").asText(null);
        String error = json.path("error").asText(null);
        MatrixException.Kind kind = kind(status, errcode);
        StringBuilder m = new StringBuilder(call).append(": HTTP ").append(status);
        if (errcode != null) {
            m.append(' ').append(errcode);
        }
        if (error != null) {
            m.append(": ").append(error);
        }
        return new MatrixException(kind, m.toString(), status, errcode, error, retryAfter, null);
    }

    static MatrixException.Kind kind(int status, String errcode) {
        if (errcode != null) {
            switch (errcode) {
                case "M_FORBIDDEN":
                    return MatrixException.Kind.FORBIDDEN;
                case "M_UNKNOWN_TOKEN":
                case "M_MISSING_TOKEN":
                    return MatrixException.Kind.UNKNOWN_TOKEN;
                case "M_NOT_FOUND":
                    return MatrixException.Kind.NOT_FOUND;
                case "M_LIMIT_EXCEEDED":
                    return MatrixException.Kind.LIMIT_EXCEEDED;
                default:
                    break;
            }
        }
        if (status == 429) {
            return MatrixException.Kind.LIMIT_EXCEEDED;
        }
        if (status == 401) {
            return MatrixException.Kind.UNKNOWN_TOKEN;
        }
        if (status == 403) {
            return MatrixException.Kind.FORBIDDEN;
        }
        if (status == 404) {
            return MatrixException.Kind.NOT_FOUND;
        }
        return status >= 500 || status < 400 ? MatrixException.Kind.SERVER : MatrixException.Kind.BAD_REQUEST;
    }
}
