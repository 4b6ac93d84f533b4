package dev.cis.core.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport under {@link HttpMatrixClient}: one JSON call with a timeout, 429 answers waited out and
 * sent again (the same request, so the same transaction id), failures turned into {@link MatrixException}.
 * Logs name the method and path only; headers (the access token) and bodies (passwords) never appear.
 */
final class MatrixHttp {

    private static final Logger LOG = LoggerFactory.getLogger(MatrixHttp.class);
    static final ObjectMapper JSON = new ObjectMapper();

    private final URI homeserver;
    private final MatrixSettings settings;
    private final HttpClient http;

    MatrixHttp(URI homeserver, MatrixSettings settings) {
        String base = homeserver.toString();
        this.homeserver = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    URI homeserver() {
        return homeserver;
    }

    MatrixSettings settings() {
        return settings;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A call: {@code path} starts with {@code /_matrix/}; {@code token} may be null; {@code body} may be null. */
    JsonNode call(String method, String path, String token, JsonNode body, Duration timeout) {
        byte[] bytes = body == null ? null : write(body);
        return send(method, path, token, bytes, "application/json", timeout);
    }

    JsonNode send(String method, String path, String token, byte[] body, String contentType, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(homeserver + path)).timeout(timeout)
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest request = b.build();
        String call = method + " " + pathOnly(path);
        for (int attempt = 0; ; attempt++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = exchange(request, call);
            int status = response.statusCode();
            LOG.debug("{} -> {} in {} ms", call, status, (System.nanoTime() - start) / 1_000_000);
            JsonNode json = parse(response.body(), status, call);
            if (status / 100 == 2) {
                return json;
            }
            MatrixException e = MatrixErrors.of(call, status, json, retryAfter(response, json));
            if (e.kind() != MatrixException.Kind.LIMIT_EXCEEDED || !waitOut(e, attempt, call)) {
                throw e;
            }
        }
    }

    /** Waits as the 429 asked; false when the call should give up instead (too many tries, too long a wait). */
    private boolean waitOut(MatrixException e, int attempt, String call) {
        Duration wait = e.retryAfter().orElse(Duration.ofSeconds(1));
        if (attempt >= settings.maxRateLimitRetries() || wait.compareTo(settings.maxRetryWait()) > 0) {
            LOG.warn("{}: rate limited, giving up after {} tries (asked to wait {} ms)", call, attempt + 1,
                    wait.toMillis());
            return false;
        }
        LOG.info("{}: rate limited, sending again in {} ms", call, wait.toMillis());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw MatrixException.transport(MatrixException.Kind.NETWORK, call, ie);
        }
        return true;
    }

    private HttpResponse<byte[]> exchange(HttpRequest request, String call) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw MatrixException.transport(MatrixException.Kind.TIMEOUT, call, e);
        } catch (IOException e) {
            throw MatrixException.transport(MatrixException.Kind.NETWORK, call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MatrixException.transport(MatrixException.Kind.NETWORK, call, e);
        }
    }

    /** Retry-After (seconds) wins over the body's retry_after_ms, as the spec (v1.10) says. */
    static Duration retryAfter(HttpResponse<?> response, JsonNode json) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isPresent()) {
            try {
                return Duration.ofSeconds(Long.parseLong(header.get().trim()));
            } catch (NumberFormatException notSeconds) {
                LOG.debug("Retry-After is not a number of seconds: {}", header.get());
            }
        }
        return json.has("retry_after_ms") ? Duration.ofMillis(json.get("retry_after_ms").asLong()) : null;
    }

    private static JsonNode parse(byte[] body, int status, String call) {
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            if (status / 100 == 2) {
                throw new MatrixException(MatrixException.Kind.SERVER, call + ": the answer is not JSON", status,
                        null, null, null, e);
            }
            return JSON.createObjectNode();
        }
    }

    private static byte[] write(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The path without its query, which may hold a filter or a sync token. */
    static String pathOnly(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }
}
