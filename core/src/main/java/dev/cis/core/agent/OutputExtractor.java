package dev.cis.core.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes an agent's result from the plain text of its session, as its profile says. When the expected
 * shape is not found (no JSON line with the field, no marker) the whole text is the result, so an
 * output is never lost to a profile that does not fit.
 */
public final class OutputExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(OutputExtractor.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OutputExtractor() {
    }

    public static String extract(OutputExtraction how, String plainText) {
        return switch (how.mode()) {
            case RAW -> plainText;
            case JSON_FIELD -> jsonField(how.field(), plainText);
            case LAST_BLOCK -> lastBlock(plainText);
            case AFTER_MARKER -> afterMarker(how, plainText);
        };
    }

    private static String jsonField(String path, String text) {
        List<String> lines = text.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (!line.startsWith("{")) {
                continue;
            }
            JsonNode node = parse(line);
            JsonNode value = node == null ? null : at(node, path);
            if (value != null && !value.isMissingNode() && !value.isNull()) {
                return value.isValueNode() ? value.asText() : value.toString();
            }
        }
        LOG.info("no JSON line with field \"{}\" in the output; keeping all of it", path);
        return text;
    }

    private static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            if (current.isArray() && part.chars().allMatch(Character::isDigit)) {
                current = current.path(Integer.parseInt(part));
            } else {
                current = current.path(part);
            }
        }
        return current;
    }

    private static String lastBlock(String text) {
        String[] blocks = text.strip().split("\\n\\s*\\n");
        return blocks[blocks.length - 1].strip();
    }

    private static String afterMarker(OutputExtraction how, String text) {
        Matcher m = how.marker().matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            LOG.info("marker {} not found in the output; keeping all of it", how.marker().pattern());
            return text;
        }
        return text.substring(end).strip();
    }
}
