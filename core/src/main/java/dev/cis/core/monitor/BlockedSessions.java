package dev.cis.core.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the node knows about sessions that wait for a person (filled by the session monitor). */
public interface BlockedSessions {

    /** Nothing is ever blocked: for engines that run without a monitor. */
    BlockedSessions NONE = new BlockedSessions() {
        @Override
        public Optional<BlockState> state(String sessionId) {
            return Optional.empty();
        }

        @Override
        public void recordAnswer(String sessionId, String input) {
            // nothing to record
        }
    };

    /** The block of a session, empty when it is not waiting for a person. */
    Optional<BlockState> state(String sessionId);

    /** Notes that a person answered the session with {@code input}. */
    void recordAnswer(String sessionId, String input);

    /**
     * @param reason why it waits, for people ("asks: Apply these changes? (y/n)")
     * @param signal which detector saw it: {@code pattern:<name>}, {@code osc9}, {@code osc777}, {@code silence}
     * @param screen the screen lines that matched
     * @param since  when the block was reported
     */
    record BlockState(String reason, String signal, List<String> screen, Instant since) {
    }
}
