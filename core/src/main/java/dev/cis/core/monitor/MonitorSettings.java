package dev.cis.core.monitor;

import java.time.Duration;
import java.util.Objects;

/**
 * How the session monitor decides that a session waits for a person.
 *
 * @param silence       how long the screen must stay unchanged, with the program reading the terminal, before
 *                      the {@code silence} signal fires; {@link Duration#ZERO} turns the signal off
 * @param debounce      how long a state must hold before it is reported (blocked, and recovered again)
 * @param evaluateEvery how often the screen of a session that printed something is evaluated; output in
 *                      between is coalesced into one evaluation
 * @param probeEvery    how often, at most, the processes of a session are inspected ({@code /proc})
 * @param questionLines how many of the last non-empty screen lines are searched for questions
 */
public record MonitorSettings(Duration silence, Duration debounce, Duration evaluateEvery, Duration probeEvery,
        int questionLines) {

    public static final Duration DEFAULT_SILENCE = Duration.ofSeconds(10);
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(500);
    public static final Duration DEFAULT_EVALUATE_EVERY = Duration.ofMillis(150);
    public static final Duration DEFAULT_PROBE_EVERY = Duration.ofSeconds(1);
    public static final int DEFAULT_QUESTION_LINES = 15;

    public MonitorSettings {
        Objects.requireNonNull(silence, "silence");
        Objects.requireNonNull(debounce, "debounce");
        Objects.requireNonNull(evaluateEvery, "evaluateEvery");
        Objects.requireNonNull(probeEvery, "probeEvery");
        if (silence.isNegative() || debounce.isNegative()) {
            throw new IllegalArgumentException("silence and debounce must not be negative");
        }
        if (evaluateEvery.toMillis() < 10 || probeEvery.toMillis() < 10) {
            throw new IllegalArgumentException("evaluateEvery and probeEvery must be at least 10 ms");
        }
        if (questionLines < 1) {
            throw new IllegalArgumentException("questionLines must be positive: " + questionLines);
        }
    }

    /** 10 s of silence, 500 ms debounce, evaluation every 150 ms, processes inspected at most every second. */
    public static MonitorSettings defaults() {
        return new MonitorSettings(DEFAULT_SILENCE, DEFAULT_DEBOUNCE, DEFAULT_EVALUATE_EVERY, DEFAULT_PROBE_EVERY,
                DEFAULT_QUESTION_LINES);
    }

    public MonitorSettings withSilence(Duration value) {
        return new MonitorSettings(value, debounce, evaluateEvery, probeEvery, questionLines);
    }

    public MonitorSettings withDebounce(Duration value) {
        return new MonitorSettings(silence, value, evaluateEvery, probeEvery, questionLines);
    }

    public MonitorSettings withEvaluateEvery(Duration value) {
        return new MonitorSettings(silence, debounce, value, probeEvery, questionLines);
    }

    public MonitorSettings withProbeEvery(Duration value) {
        return new MonitorSettings(silence, debounce, evaluateEvery, value, questionLines);
    }

    /** True when the silence signal is on. */
    public boolean silenceEnabled() {
        return !silence.isZero();
    }
}
