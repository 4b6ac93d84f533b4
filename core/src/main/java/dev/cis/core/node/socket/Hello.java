package dev.cis.core.node.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The first frame each side sends.
 *
 * @param major    protocol major version; peers of different majors refuse each other
 * @param minor    protocol minor version
 * @param software who speaks, e.g. {@code cis 0.1.0}
 */
public record Hello(int major, int minor, String software) {

    public static Hello ours(String software) {
        return new Hello(Protocol.MAJOR, Protocol.MINOR, software);
    }

    String toJson() {
        ObjectNode o = WireJson.object();
        o.put("protocol", major);
        o.put("minor", minor);
        o.put("software", software);
        return WireJson.write(o);
    }

    static Hello fromJson(String json) throws ProtocolException {
        JsonNode o = WireJson.parseObject(json);
        JsonNode protocol = o.get("protocol");
        if (protocol == null || !protocol.canConvertToInt()) {
            throw new ProtocolException("hello without a 'protocol' version number");
        }
        return new Hello(protocol.asInt(), o.path("minor").asInt(0), o.path("software").asText("unknown"));
    }
}
