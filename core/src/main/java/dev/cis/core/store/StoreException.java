package dev.cis.core.store;

/** The store could not read or write (I/O error, database locked for too long, corrupt file). */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
