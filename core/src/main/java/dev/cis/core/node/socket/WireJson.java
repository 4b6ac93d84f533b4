package dev.cis.core.node.socket;

import dev.cis.core.event.EventJson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The JSON of the control protocol: the node API's records with snake-case fields, times as ISO-8601 strings,
 * paths as plain strings and enums in lower case, like the events of {@code EventJson}. Unknown fields are
 * ignored, so a node of a newer minor version may add fields.
 */
public final class WireJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
            .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true)
            .addModule(EventJson.timeModule())
            .addModule(module())
            .build();

    private WireJson() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The JSON tree of a record, list or plain value. */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Reads a value of {@code type} from a tree; a tree of the wrong shape is a protocol error. */
    public static <T> T fromTree(JsonNode tree, Class<T> type) throws ProtocolException {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ProtocolException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads a JSON object from a frame's text. */
    public static ObjectNode parseObject(String text) throws ProtocolException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProtocolException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new ProtocolException("expected a JSON object");
        }
        return (ObjectNode) tree;
    }

    public static String write(JsonNode tree) {
        return tree.toString();
    }

    /** Paths as strings; times come from {@link EventJson#timeModule()}. */
    private static SimpleModule module() {
        SimpleModule m = new SimpleModule("cis-wire");
        m.addSerializer(Path.class, new JsonSerializer<>() {
            @Override
            public void serialize(Path v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.toString());
            }
        });
        m.addDeserializer(Path.class, new JsonDeserializer<>() {
            @Override
            public Path deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                try {
                    return Path.of(p.getValueAsString());
                } catch (InvalidPathException | NullPointerException e) {
                    return (Path) ctx.handleWeirdStringValue(Path.class, p.getText(), "not a path");
                }
            }
        });
        return m;
    }
}
