package dev.cis.core.store;

/** The database file cannot be opened or brought to the current schema; the message says what to do. */
public class StoreOpenException extends Exception {

    public StoreOpenException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreOpenException(String message) {
        super(message);
    }
}
