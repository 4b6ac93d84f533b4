package dev.cis.core.agent;

/** An agent session could not be started; the message says why and what to do. */
public class AgentLaunchException extends Exception {

    private static final long serialVersionUID = 1L;

    public AgentLaunchException(String message) {
        super(message);
    }

    public AgentLaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
