package dev.cis.core.store;

import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Run ids: 8 characters {@code [a-z0-9]}, starting with a letter, random. Short enough to type. */
public final class RunIds {

    public static final int LENGTH = 8;
    public static final Pattern PATTERN = Pattern.compile("[a-z][a-z0-9]{" + (LENGTH - 1) + "}");

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String ALPHABET = LETTERS + "0123456789";
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9]{1," + LENGTH + "}");

    private RunIds() {
    }

    /** A new random id (uniqueness is checked by the store). */
    public static String random(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(LENGTH);
        sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        for (int i = 1; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static boolean isValid(String id) {
        return id != null && PATTERN.matcher(id).matches();
    }

    /** The lower-case form of what a user typed, or null when it cannot be the start of a run id. */
    static String normalizePrefix(String typed) {
        if (typed == null) {
            return null;
        }
        String p = typed.strip().toLowerCase(Locale.ROOT);
        return PREFIX.matcher(p).matches() ? p : null;
    }
}
