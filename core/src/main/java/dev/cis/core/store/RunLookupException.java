package dev.cis.core.store;

import java.util.List;

/** A run id or prefix a user typed matches no run, or more than one. */
public class RunLookupException extends Exception {

    private final String query;
    private final List<String> candidates;

    private RunLookupException(String message, String query, List<String> candidates) {
        super(message);
        this.query = query;
        this.candidates = List.copyOf(candidates);
    }

    /**
     * No run matches.
     *
     * @param recent descriptions of recent runs to suggest, may be empty
     */
    public static RunLookupException unknown(String query, List<String> recent) {
        String hint = recent.isEmpty()
                ? "there are no runs yet"
                : "recent runs: " + String.join(", ", recent);
        return new RunLookupException("no run matches '" + query + "' (" + hint + "; see 'cis dag list')",
                query, List.of());
    }

    /**
     * More than one run starts with the prefix.
     *
     * @param candidates descriptions of the matching runs
     */
    public static RunLookupException ambiguous(String query, List<String> candidates) {
        return new RunLookupException("'" + query + "' matches " + candidates.size()
                + " runs, type more characters: " + String.join(", ", candidates), query, candidates);
    }

    /** What was looked up. */
    public String query() {
        return query;
    }

    /** The runs the prefix matches when ambiguous; empty when unknown. */
    public List<String> candidates() {
        return candidates;
    }

    public boolean isAmbiguous() {
        return !candidates.isEmpty();
    }
}
