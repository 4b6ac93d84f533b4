package dev.cis.core.node.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cis.core.node.NodeException;
import java.util.Locale;

/** The JSON of an {@link FrameKind#ERROR} frame: {@code {"id", "kind", "message"}}. */
final class WireErrors {

    private WireErrors() {
    }

    static String toJson(Long id, NodeException.Kind kind, String message) {
        ObjectNode o = WireJson.object();
        if (id != null) {
            o.put("id", id);
        }
        o.put("kind", kind.name().toLowerCase(Locale.ROOT));
        o.put("message", message);
        return WireJson.write(o);
    }

    /** The exception an error frame stands for; an unreadable one is a protocol failure. */
    static NodeException fromJson(String json) {
        try {
            JsonNode o = WireJson.parseObject(json);
            return new NodeException(kindOf(o.path("kind").asText()), o.path("message").asText("the node refused"));
        } catch (ProtocolException e) {
            return new NodeException(NodeException.Kind.FAILED, "unreadable error from the node: " + e.getMessage(), e);
        }
    }

    private static NodeException.Kind kindOf(String wire) {
        try {
            return NodeException.Kind.valueOf(wire.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return NodeException.Kind.FAILED;
        }
    }
}
