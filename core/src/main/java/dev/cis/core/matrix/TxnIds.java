package dev.cis.core.matrix;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes transaction ids for {@code PUT /rooms/{id}/send/{type}/{txnId}}: {@code cis-<time>-<counter>-<random>}.
 *
 * <p>The homeserver treats a second send with the same transaction id (and the same access token) as the
 * first one and returns the same event id. So a caller makes one id per logical send, keeps it with the
 * event (the broadcaster's outbox stores it) and sends with that id again after a crash or a lost answer;
 * the room then shows the event once. The time and the random part keep ids of different runs of the
 * program apart even though the counter starts again at 1.
 */
public final class TxnIds {

    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private final String prefix;
    private final String randomPart;
    private final AtomicLong counter = new AtomicLong();

    public TxnIds() {
        SecureRandom random = new SecureRandom();
        char[] r = new char[8];
        for (int i = 0; i < r.length; i++) {
            r[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        this.prefix = "cis-" + System.currentTimeMillis() + "-";
        this.randomPart = new String(r);
    }

    /** A new id, never returned before by any generator. Only letters, digits and {@code -}: safe in a path. */
    public String next() {
        return prefix + counter.incrementAndGet() + "-" + randomPart;
    }
}
