package dev.cis.core.store;

import dev.cis.core.model.AttemptKey;
import java.util.Objects;

/**
 * What is known when an attempt begins.
 *
 * @param key           run, task and attempt number
 * @param nodeId        the node running it, null when unknown
 * @param prompt        the text as sent (with injected context), null when not known yet
 * @param recordingPath where its session is recorded, null when not recorded
 */
public record NewAttempt(AttemptKey key, String nodeId, String prompt, String recordingPath) {

    public NewAttempt {
        Objects.requireNonNull(key, "key");
    }

    public static NewAttempt of(AttemptKey key) {
        return new NewAttempt(key, null, null, null);
    }
}
