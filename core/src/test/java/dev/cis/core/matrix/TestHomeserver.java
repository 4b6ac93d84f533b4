package dev.cis.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real Synapse the Matrix tests run against: {@code CIS_TEST_HOMESERVER}, else http://127.0.0.1:8008
 * (started by {@code ../shared/tools/synapse-test-server start}). A test fails when it does not answer.
 */
final class TestHomeserver {

    static final URI URL = URI.create(System.getenv().getOrDefault("CIS_TEST_HOMESERVER", "http://127.0.0.1:8008"));
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private TestHomeserver() {
    }

    static HttpMatrixClient anonymous() {
        assertAnswers();
        return HttpMatrixClient.of(URL, MatrixSettings.defaults());
    }

    /** A client logged in as a freshly registered user (password "pw-" + its name). */
    static HttpMatrixClient newUser(String role) {
        HttpMatrixClient anon = anonymous();
        String name = uniqueName(role);
        return anon.as(anon.register(name, "pw-" + name));
    }

    static String uniqueName(String role) {
        return "t" + RUN + "-" + role + "-" + USERS.incrementAndGet();
    }

    static void assertAnswers() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(URL + "/_matrix/client/versions"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("homeserver at %s", URL).isEqualTo(200);
        } catch (Exception e) {
            throw new AssertionError("no Matrix homeserver answers at " + URL + " (start it with "
                    + "../shared/tools/synapse-test-server start, or set CIS_TEST_HOMESERVER): " + e, e);
        }
    }
}
