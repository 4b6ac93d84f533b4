package dev.cis.core.event;

/** A text is not the JSON form of a known event (malformed, unknown type, or a required field missing). */
public class EventJsonException extends Exception {

    public EventJsonException(String message, Throwable cause) {
        super(message, cause);
    }

    public EventJsonException(String message) {
        super(message);
    }
}
