package dev.cis.core.event;

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
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The JSON form of every {@link CisEvent}, used in the events table and on the wire: an object with a stable
 * {@code type} name (e.g. {@code task.status_changed}) and the event's fields in snake case. Times are ISO-8601
 * strings, durations ISO-8601 durations, enums lower case. Unknown fields are ignored when reading, so older
 * readers accept events of newer writers.
 */
public final class EventJson {

    public static final String TYPE_FIELD = "type";

    private static final Map<String, Class<? extends CisEvent>> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<? extends CisEvent>, String> BY_CLASS = new LinkedHashMap<>();

    static {
        register("run.created", RunCreated.class);
        register("run.started", RunStarted.class);
        register("run.finished", RunFinished.class);
        register("task.status_changed", TaskStatusChanged.class);
        register("task.approval_requested", TaskApprovalRequested.class);
        register("session.created", SessionCreated.class);
        register("session.blocked", SessionBlocked.class);
        register("session.recovered", SessionRecovered.class);
        register("session.killed", SessionKilled.class);
        register("session.completed", SessionCompleted.class);
        register("session.failed", SessionFailed.class);
        register("events.dropped", EventsDropped.class);
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
            .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true)
            .addModule(timeModule())
            .build();

    private EventJson() {
    }

    private static void register(String name, Class<? extends CisEvent> type) {
        BY_NAME.put(name, type);
        BY_CLASS.put(type, name);
    }

    /** The stable type name of an event class, e.g. {@code task.status_changed}. */
    public static String typeName(Class<? extends CisEvent> type) {
        String name = BY_CLASS.get(type);
        if (name == null) {
            throw new IllegalArgumentException("no JSON type name for " + type.getName());
        }
        return name;
    }

    public static String typeName(CisEvent event) {
        return typeName(event.getClass());
    }

    /** Every type name, in a stable order. */
    public static Set<String> typeNames() {
        return Collections.unmodifiableSet(BY_NAME.keySet());
    }

    /** The JSON text of {@code event}: its {@code type} first, then its fields. */
    public static String toJson(CisEvent event) {
        return toTree(event).toString();
    }

    /** The JSON object of {@code event}, for embedding into larger messages. */
    public static ObjectNode toTree(CisEvent event) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put(TYPE_FIELD, typeName(event));
        out.setAll((ObjectNode) MAPPER.valueToTree(event));
        return out;
    }

    /**
     * Reads an event from its JSON text.
     *
     * @throws EventJsonException when the text is not JSON, names an unknown type, or lacks a required field
     */
    public static CisEvent fromJson(String json) throws EventJsonException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new EventJsonException("not JSON: " + e.getOriginalMessage(), e);
        }
        return fromTree(tree);
    }

    /** Reads an event from its JSON object. */
    public static CisEvent fromTree(JsonNode tree) throws EventJsonException {
        if (tree == null || !tree.isObject()) {
            throw new EventJsonException("an event is a JSON object, got: " + tree);
        }
        JsonNode typeNode = tree.get(TYPE_FIELD);
        if (typeNode == null || !typeNode.isTextual()) {
            throw new EventJsonException("event without a '" + TYPE_FIELD + "' field");
        }
        Class<? extends CisEvent> type = BY_NAME.get(typeNode.asText());
        if (type == null) {
            throw new EventJsonException("unknown event type '" + typeNode.asText() + "'");
        }
        ObjectNode fields = ((ObjectNode) tree).deepCopy();
        fields.remove(TYPE_FIELD);
        try {
            return MAPPER.treeToValue(fields, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EventJsonException("invalid " + typeNode.asText() + " event: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : t.getMessage();
    }

    /** {@link Instant} and {@link Duration} as ISO-8601 strings, for every JSON form cis writes. */
    public static SimpleModule timeModule() {
        SimpleModule m = new SimpleModule("cis-time");
        m.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.toString());
            }
        });
        m.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                try {
                    return Instant.parse(p.getValueAsString());
                } catch (DateTimeParseException | NullPointerException e) {
                    return (Instant) ctx.handleWeirdStringValue(Instant.class, p.getText(), "not an ISO-8601 instant");
                }
            }
        });
        m.addSerializer(Duration.class, new JsonSerializer<>() {
            @Override
            public void serialize(Duration v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.toString());
            }
        });
        m.addDeserializer(Duration.class, new JsonDeserializer<>() {
            @Override
            public Duration deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                try {
                    return Duration.parse(p.getValueAsString());
                } catch (DateTimeParseException | NullPointerException e) {
                    return (Duration) ctx.handleWeirdStringValue(Duration.class, p.getText(),
                            "not an ISO-8601 duration");
                }
            }
        });
        return m;
    }
}
