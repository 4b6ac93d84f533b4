package dev.cis.core.monitor;

/** Told when a session starts or stops waiting for a person (the executor moves its task to blocked and back). */
@FunctionalInterface
public interface BlockReporter {

    /** Does nothing: for monitors that only publish events. */
    BlockReporter NONE = (sessionId, blocked, reason) -> {
    };

    void sessionBlocked(String sessionId, boolean blocked, String reason);
}
