package dev.cis.core.agent;

import dev.cis.core.text.Suggestions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The agent profiles in effect: the built-ins, overridden or extended by the {@code [agents.NAME]}
 * tables of the config file. A table named like a built-in changes only the keys it sets; a new name
 * starts from {@code extends = "other"} or from scratch (then {@code executable} is required).
 */
public final class AgentProfiles {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Map<String, AgentProfile> profiles;

    private AgentProfiles(Map<String, AgentProfile> profiles) {
        this.profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
    }

    /** Only the built-in profiles. */
    public static AgentProfiles builtins() {
        Map<String, AgentProfile> map = new LinkedHashMap<>();
        BuiltinProfiles.all().forEach(p -> map.put(p.name(), p));
        return new AgentProfiles(map);
    }

    /**
     * The built-ins plus the config's {@code [agents.*]} tables (as plain maps of strings, numbers,
     * booleans, lists and maps).
     *
     * @throws AgentConfigException listing every problem, each as {@code agents.NAME.KEY: message}
     */
    public static AgentProfiles fromConfig(Map<String, Map<String, Object>> tables) throws AgentConfigException {
        return new Resolver(tables == null ? Map.of() : tables).resolve();
    }

    public Optional<AgentProfile> find(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    public Set<String> names() {
        return profiles.keySet();
    }

    public Collection<AgentProfile> all() {
        return profiles.values();
    }

    /** Resolves config tables in dependency order of their {@code extends}. */
    private static final class Resolver {
        private final Map<String, Map<String, Object>> tables;
        private final Map<String, AgentProfile> resolved = new LinkedHashMap<>();
        private final Set<String> done = new HashSet<>();
        private final List<String> visiting = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        Resolver(Map<String, Map<String, Object>> tables) {
            this.tables = tables;
            BuiltinProfiles.all().forEach(p -> resolved.put(p.name(), p));
        }

        AgentProfiles resolve() throws AgentConfigException {
            for (String name : tables.keySet()) {
                resolveOne(name);
            }
            if (!problems.isEmpty()) {
                throw new AgentConfigException(problems);
            }
            return new AgentProfiles(resolved);
        }

        private Optional<AgentProfile> resolveOne(String name) {
            if (done.contains(name)) {
                return Optional.ofNullable(resolved.get(name));
            }
            if (visiting.contains(name)) {
                List<String> cycle = new ArrayList<>(visiting.subList(visiting.indexOf(name), visiting.size()));
                cycle.add(name);
                problems.add("agents." + name + ".extends: profiles extend each other in a cycle: "
                        + String.join(" -> ", cycle));
                return Optional.empty();
            }
            visiting.add(name);
            Optional<AgentProfile> profile = build(name, tables.get(name));
            visiting.remove(name);
            done.add(name);
            profile.ifPresentOrElse(p -> resolved.put(name, p), () -> resolved.remove(name));
            return profile;
        }

        private Optional<AgentProfile> build(String name, Map<String, Object> table) {
            int before = problems.size();
            if (!NAME.matcher(name).matches()) {
                problems.add("agents." + name + ": a profile name is letters, digits, '.', '_' or '-' (at most 64)");
            }
            if (table == null) {
                problems.add("agents." + name + ": must be a table");
                return Optional.empty();
            }
            ProfileTable reader = new ProfileTable(name, table, problems);
            reader.checkKeys();
            AgentProfile.Builder builder = base(name, reader);
            if (builder == null) {
                return Optional.empty();
            }
            reader.applyTo(builder.name(name));
            if (problems.size() > before) {
                return Optional.empty();
            }
            return finish(name, builder);
        }

        private AgentProfile.Builder base(String name, ProfileTable reader) {
            Optional<String> parent = reader.string("extends");
            if (parent.isPresent()) {
                String p = parent.get();
                Optional<AgentProfile> base = tables.containsKey(p) && !p.equals(name)
                        ? resolveOne(p) : Optional.ofNullable(resolved.get(p));
                if (base.isEmpty()) {
                    if (!tables.containsKey(p)) {
                        Set<String> known = new LinkedHashSet<>();
                        BuiltinProfiles.all().forEach(b -> known.add(b.name()));
                        known.addAll(tables.keySet());
                        known.remove(name);
                        String hint = Suggestions.closest(p, known)
                                .map(s -> " (did you mean \"" + s + "\"?)").orElse("");
                        problems.add("agents." + name + ".extends: unknown profile \"" + p + "\"" + hint
                                + "; known: " + String.join(", ", known));
                    }
                    return null;
                }
                return base.get().toBuilder();
            }
            AgentProfile builtin = resolved.get(name);
            if (builtin != null) {
                return builtin.toBuilder();
            }
            if (reader.string("executable").isEmpty()) {
                problems.add("agents." + name + ".executable: required for a new profile (or set extends = \"claude\" etc.)");
                return null;
            }
            return AgentProfile.builder(name, "");
        }

        private Optional<AgentProfile> finish(String name, AgentProfile.Builder builder) {
            AgentProfile profile;
            try {
                profile = builder.build();
            } catch (IllegalArgumentException e) {
                problems.add("agents." + name + ".ready_pattern: required when prompt_delivery = \"typed\"");
                return Optional.empty();
            }
            if (profile.promptDelivery() != PromptDelivery.ARGUMENT && profile.argsCarryPrompt()) {
                problems.add("agents." + name + ".args: {prompt} and {prompt_file} only work with prompt_delivery = "
                        + "\"argument\", this profile uses \"" + profile.promptDelivery().name().toLowerCase(Locale.ROOT) + "\"");
                return Optional.empty();
            }
            return Optional.of(profile);
        }
    }
}
