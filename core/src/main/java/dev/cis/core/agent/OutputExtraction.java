package dev.cis.core.agent;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the result of an agent is taken from what its session printed (escapes removed).
 *
 * @param mode   the method
 * @param field  for {@link Mode#JSON_FIELD}: a dotted path such as {@code result} or {@code item.text}
 * @param marker for {@link Mode#AFTER_MARKER}: the result is what follows the last match
 */
public record OutputExtraction(Mode mode, String field, Pattern marker) {

    /** The extraction methods. */
    public enum Mode {
        /** All the text. */
        RAW,
        /** A field of the last JSON object printed on a line of its own. */
        JSON_FIELD,
        /** The last block of non-blank lines. */
        LAST_BLOCK,
        /** The text after the last match of a marker. */
        AFTER_MARKER
    }

    public OutputExtraction {
        Objects.requireNonNull(mode, "mode");
        if (mode == Mode.JSON_FIELD && (field == null || field.isBlank())) {
            throw new IllegalArgumentException("JSON_FIELD needs a field path");
        }
        if (mode == Mode.AFTER_MARKER && marker == null) {
            throw new IllegalArgumentException("AFTER_MARKER needs a marker");
        }
    }

    public static OutputExtraction raw() {
        return new OutputExtraction(Mode.RAW, null, null);
    }

    public static OutputExtraction jsonField(String path) {
        return new OutputExtraction(Mode.JSON_FIELD, path, null);
    }

    public static OutputExtraction lastBlock() {
        return new OutputExtraction(Mode.LAST_BLOCK, null, null);
    }

    public static OutputExtraction afterMarker(String regex) {
        return new OutputExtraction(Mode.AFTER_MARKER, null, Patterns.compile(regex));
    }
}
