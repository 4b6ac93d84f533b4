package dev.cis.core.engine;

/** The engine cannot start: its home folder, database or configuration is unusable. The message says why. */
public class EngineException extends Exception {

    private static final long serialVersionUID = 1L;

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
