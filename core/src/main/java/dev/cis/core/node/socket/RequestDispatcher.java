package dev.cis.core.node.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.cis.core.node.NodeApi;
import dev.cis.core.node.NodeException;
import dev.cis.core.model.ApprovalDecision;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Carries out one request of the control protocol on a {@link NodeApi}: one method name per API method, its
 * arguments as named JSON parameters, its result as JSON. Streams ({@code subscribe}, {@code attach}) and
 * {@code shutdown} are handled by the connection, which must answer before acting.
 */
final class RequestDispatcher {

    @FunctionalInterface
    private interface Method {
        JsonNode call(NodeApi api, JsonNode params) throws NodeException;
    }

    private static final Map<String, Method> METHODS = Map.of(
            "info", (api, p) -> WireJson.toTree(api.info()),
            "submit", (api, p) -> WireJson.toTree(api.submit(path(p, "file"), text(p, "text"), flag(p, "start"),
                    env(p))),
            "start", (api, p) -> done(() -> api.start(text(p, "run_id"))),
            "approve", (api, p) -> done(() -> api.approve(text(p, "run_id"), text(p, "task_id"), decision(p),
                    optional(p, "by"))),
            "cancel", (api, p) -> done(() -> api.cancel(text(p, "run_id"), optional(p, "reason"))),
            "retry", (api, p) -> WireJson.toTree(api.retry(text(p, "run_id"), optional(p, "task_id"),
                    flag(p, "downstream"))),
            "remove", (api, p) -> WireJson.toTree(api.remove(texts(p, "run_ids"))),
            "sessions", (api, p) -> WireJson.toTree(api.sessions(optional(p, "run_id"))),
            "kill", (api, p) -> done(() -> api.kill(text(p, "session_id"))),
            "unblock", (api, p) -> WireJson.toTree(api.unblock(text(p, "session_id"), text(p, "input"),
                    p.path("wait_millis").asLong(0))));

    private final NodeApi api;

    RequestDispatcher(NodeApi api) {
        this.api = api;
    }

    JsonNode call(String method, JsonNode params) throws NodeException {
        Method m = METHODS.get(method);
        if (m == null) {
            throw new NodeException(NodeException.Kind.INVALID, "unknown method '" + method
                    + "'; the node may be older than this cis: restart it with 'cis node stop && cis node start'");
        }
        return m.call(api, params);
    }

    @FunctionalInterface
    private interface Action {
        void run() throws NodeException;
    }

    private static JsonNode done(Action a) throws NodeException {
        a.run();
        return NullNode.getInstance();
    }

    static String text(JsonNode params, String name) throws NodeException {
        JsonNode v = params.get(name);
        if (v == null || !v.isTextual()) {
            throw new NodeException(NodeException.Kind.INVALID, "missing text parameter '" + name + "'");
        }
        return v.asText();
    }

    private static List<String> texts(JsonNode params, String name) throws NodeException {
        JsonNode v = params.get(name);
        if (v == null || !v.isArray()) {
            throw new NodeException(NodeException.Kind.INVALID, "missing array parameter '" + name + "'");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            out.add(e.asText());
        }
        return out;
    }

    static String optional(JsonNode params, String name) {
        JsonNode v = params.get(name);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    /** The submitting client's environment, or null when an older client sent none. */
    private static Map<String, String> env(JsonNode params) throws NodeException {
        JsonNode v = params.get("env");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new NodeException(NodeException.Kind.INVALID, "parameter 'env' must be an object of strings");
        }
        Map<String, String> env = new LinkedHashMap<>();
        var fields = v.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            if (!f.getValue().isTextual()) {
                throw new NodeException(NodeException.Kind.INVALID, "variable '" + f.getKey() + "' of 'env' is not text");
            }
            env.put(f.getKey(), f.getValue().asText());
        }
        return env;
    }

    private static boolean flag(JsonNode params, String name) {
        return params.path(name).asBoolean(false);
    }

    private static Path path(JsonNode params, String name) throws NodeException {
        try {
            return Path.of(text(params, name));
        } catch (InvalidPathException e) {
            throw new NodeException(NodeException.Kind.INVALID, "parameter '" + name + "' is not a path: "
                    + e.getMessage());
        }
    }

    private static ApprovalDecision decision(JsonNode params) throws NodeException {
        String wire = text(params, "decision");
        return ApprovalDecision.fromWireName(wire).orElseThrow(() -> new NodeException(NodeException.Kind.INVALID,
                "unknown decision '" + wire + "'; use approve, skip or abort"));
    }
}
