package dev.cis.core.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" hints: the closest candidate by edit distance (with transpositions) or prefix. */
public final class Suggestions {

    private static final int MIN_PREFIX = 3;

    private Suggestions() {
    }

    /** The candidate closest to {@code input}, when one is close enough to be a likely typo. */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        String in = input.toLowerCase(Locale.ROOT);
        int limit = limit(in.length());
        String best = null;
        long bestScore = Long.MAX_VALUE;
        for (String c : candidates) {
            String cand = c.toLowerCase(Locale.ROOT);
            int score;
            if (Math.abs(cand.length() - in.length()) <= limit) {
                score = distance(in, cand, limit);
            } else {
                score = Integer.MAX_VALUE;
            }
            if (score > limit && isPrefixMatch(in, cand)) {
                score = limit;
            }
            long ranked = (long) score * 10_000 + Math.min(Math.abs(cand.length() - in.length()), 9_999);
            if (score <= limit && ranked < bestScore && !c.equals(input)) {
                best = c;
                bestScore = ranked;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean 'x'?)"}, or "" when nothing is close. */
    public static String didYouMean(String input, Collection<String> candidates) {
        return closest(input, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /**
     * Optimal string alignment distance (Levenshtein plus adjacent transpositions), or a number above
     * {@code limit} as soon as it is certain to exceed it.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, prev2[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    private static int limit(int length) {
        if (length <= 2) {
            return 0;
        } else if (length <= 3) {
            return 1;
        }
        return length <= 6 ? 2 : 3;
    }

    /** {@code timeout} for {@code timeout_secs}, {@code claude_code} for {@code claude}. */
    private static boolean isPrefixMatch(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_PREFIX && longer.startsWith(shorter)
                && !Character.isLetterOrDigit(longer.charAt(shorter.length()));
    }
}
