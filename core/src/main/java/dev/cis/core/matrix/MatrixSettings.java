package dev.cis.core.matrix;

import java.time.Duration;

/**
 * Timeouts and rate-limit bounds of a client.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long any call but {@code /sync} may take in all
 * @param syncMargin added to a {@code /sync} long-poll's own timeout for its request timeout
 * @param maxRateLimitRetries how often a call answered with 429 is sent again before it fails
 * @param maxRetryWait the longest wait a 429 may ask for; a longer one fails the call at once
 */
public record MatrixSettings(Duration connectTimeout, Duration requestTimeout, Duration syncMargin,
        int maxRateLimitRetries, Duration maxRetryWait) {

    public static MatrixSettings defaults() {
        return new MatrixSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(15), 5,
                Duration.ofSeconds(60));
    }

    public MatrixSettings withRequestTimeout(Duration d) {
        return new MatrixSettings(connectTimeout, d, syncMargin, maxRateLimitRetries, maxRetryWait);
    }

    public MatrixSettings withRateLimit(int retries, Duration maxWait) {
        return new MatrixSettings(connectTimeout, requestTimeout, syncMargin, retries, maxWait);
    }

    public MatrixSettings withSyncMargin(Duration d) {
        return new MatrixSettings(connectTimeout, requestTimeout, d, maxRateLimitRetries, maxRetryWait);
    }
}
