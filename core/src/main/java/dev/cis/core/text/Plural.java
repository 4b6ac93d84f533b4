package dev.cis.core.text;

/** Counts in words a person reads: {@code 1 task}, {@code 2 tasks}, {@code 0 tasks}. */
public final class Plural {

    private Plural() {
    }

    /** {@code n} and {@code word}, with an {@code s} unless {@code n} is 1 (for words whose plural adds s). */
    public static String of(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** {@code word} alone, with an {@code s} unless {@code n} is 1: {@code sink task}, {@code sink tasks}. */
    public static String word(long n, String word) {
        return n == 1 ? word : word + "s";
    }
}
