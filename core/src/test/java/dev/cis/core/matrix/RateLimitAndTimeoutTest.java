package dev.cis.core.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 429 answers and hung connections, from an in-process fake (a real homeserver will not make them on demand). */
class RateLimitAndTimeoutTest {

    private static final String LIMITED = "{\"errcode\":\"M_LIMIT_EXCEEDED\",\"error\":\"Too many requests\"";
    private static final LoginSession SESSION = new LoginSession("@a:fake", "tok", "D", TestHomeserver.URL);

    private static HttpMatrixClient client(FakeHomeserver fake, MatrixSettings settings) {
        return HttpMatrixClient.of(fake.url(), settings).as(SESSION);
    }

    private static long msBetween(FakeHomeserver fake, int a, int b) {
        return (fake.times.get(b) - fake.times.get(a)) / 1_000_000;
    }

    @Test
    void a429WithRetryAfterIsWaitedOutAndTheSameSendIsRepeated() throws Exception {
        try (FakeHomeserver fake = new FakeHomeserver((ex, n) -> {
            if (n == 1) {
                FakeHomeserver.answer(ex, 429, LIMITED + ",\"retry_after_ms\":10}", "Retry-After", "1");
            } else {
                FakeHomeserver.answer(ex, 200, "{\"event_id\":\"$e1\"}");
            }
        })) {
            String id = client(fake, MatrixSettings.defaults()).send("!r:fake", "cis.x",
                    MatrixHttp.JSON.createObjectNode(), "txn-7");
            assertThat(id).isEqualTo("$e1");
            assertThat(fake.paths).hasSize(2)
                    .allMatch(p -> p.equals("PUT /_matrix/client/v3/rooms/%21r%3Afake/send/cis.x/txn-7"));
            assertThat(msBetween(fake, 0, 1)).isGreaterThanOrEqualTo(950);
        }
    }

    @Test
    void a429WithOnlyRetryAfterMsWaitsThatLong() throws Exception {
        try (FakeHomeserver fake = new FakeHomeserver((ex, n) -> {
            if (n == 1) {
                FakeHomeserver.answer(ex, 429, LIMITED + ",\"retry_after_ms\":400}");
            } else {
                FakeHomeserver.answer(ex, 200, "{\"user_id\":\"@a:fake\"}");
            }
        })) {
            assertThat(client(fake, MatrixSettings.defaults()).whoami()).isEqualTo("@a:fake");
            assertThat(msBetween(fake, 0, 1)).isBetween(380L, 950L);
        }
    }

    @Test
    void aClientGivesUpAfterItsBoundAndSaysHowLongTheServerAskedToWait() throws Exception {
        try (FakeHomeserver fake = new FakeHomeserver((ex, n) ->
                FakeHomeserver.answer(ex, 429, LIMITED + ",\"retry_after_ms\":50}"))) {
            MatrixSettings settings = MatrixSettings.defaults().withRateLimit(2, Duration.ofSeconds(5));
            assertThatThrownBy(() -> client(fake, settings).whoami()).isInstanceOfSatisfying(MatrixException.class,
                    e -> {
                        assertThat(e.kind()).isEqualTo(MatrixException.Kind.LIMIT_EXCEEDED);
                        assertThat(e.retryAfter()).contains(Duration.ofMillis(50));
                    });
            assertThat(fake.paths).hasSize(3);
        }
    }

    @Test
    void aWaitLongerThanTheMaximumFailsAtOnce() throws Exception {
        try (FakeHomeserver fake = new FakeHomeserver((ex, n) ->
                FakeHomeserver.answer(ex, 429, LIMITED + "}", "Retry-After", "3600"))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client(fake, MatrixSettings.defaults()).whoami())
                    .isInstanceOfSatisfying(MatrixException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
            assertThat(fake.paths).hasSize(1);
        }
    }

    @Test
    void aHungConnectionEndsInATimeout() throws Exception {
        try (FakeHomeserver fake = new FakeHomeserver(FakeHomeserver.HANG)) {
            MatrixSettings settings = MatrixSettings.defaults().withRequestTimeout(Duration.ofMillis(500));
            long start = System.nanoTime();
            assertThatThrownBy(() -> client(fake, settings).joinedRooms()).isInstanceOfSatisfying(
                    MatrixException.class, e -> {
                        assertThat(e.kind()).isEqualTo(MatrixException.Kind.TIMEOUT);
                        assertThat(e.isTransient()).isTrue();
                    });
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(450L, 5_000L);
        }
    }

    @Test
    void aSyncWaitsItsLongPollPlusTheMarginBeforeItTimesOut() throws Exception {
        try (FakeHomeserver fake = new FakeHomeserver(FakeHomeserver.HANG)) {
            MatrixSettings settings = MatrixSettings.defaults().withRequestTimeout(Duration.ofMillis(100))
                    .withSyncMargin(Duration.ofMillis(400));
            long start = System.nanoTime();
            assertThatThrownBy(() -> client(fake, settings).sync(Optional.empty(), Optional.empty(),
                    Duration.ofMillis(600))).isInstanceOfSatisfying(MatrixException.class,
                            e -> assertThat(e.kind()).isEqualTo(MatrixException.Kind.TIMEOUT));
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(950L, 5_000L);
        }
    }

    @Test
    void noHomeserverListeningIsANetworkError() throws Exception {
        java.net.URI url;
        try (FakeHomeserver fake = new FakeHomeserver((ex, n) -> FakeHomeserver.answer(ex, 200, "{}"))) {
            url = fake.url();
        }
        assertThatThrownBy(() -> HttpMatrixClient.of(url, MatrixSettings.defaults()).as(SESSION).whoami())
                .isInstanceOfSatisfying(MatrixException.class,
                        e -> assertThat(e.kind()).isEqualTo(MatrixException.Kind.NETWORK));
    }
}
