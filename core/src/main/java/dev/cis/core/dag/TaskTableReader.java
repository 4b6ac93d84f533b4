package dev.cis.core.dag;

import dev.cis.core.text.Suggestions;

import dev.cis.core.toml.TomlString;
import dev.cis.core.toml.TomlTable;
import dev.cis.core.toml.TomlValue;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one task table: keys, types, ranges, agent, prompt, level; applies the defaults. */
final class TaskTableReader {

    static final int MAX_RETRY = 20;
    static final double DEFAULT_BACKOFF_SECS = 5;
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** What every task of the file shares. */
    record Context(Set<String> knownAgents, String defaultAgent, boolean defaultAgentFromFile, Path workDir,
                   DagDefaults defaults) {
    }

    private static final Map<String, String> HINTS = DagKeys.taskHints();
    private static final Set<String> KEYS = DagKeys.taskKeysWithCompat();

    private final Problems problems;
    private final Context context;
    private final LevelReader levels;

    TaskTableReader(Problems problems, Context context) {
        this.problems = problems;
        this.context = context;
        this.levels = new LevelReader(problems);
    }

    TaskDraft read(TomlValue value, int index) {
        if (!(value instanceof TomlTable table)) {
            problems.error(value, "task #" + (index + 1) + " must be " + problems.aTable()
                    + " with an id and a prompt or command, found " + problems.describe(value));
            return new TaskDraft(index, null, value, List.of(), null);
        }
        int before = problems.errorCount();
        Optional<TomlString> idValue = id(table, index);
        String id = idValue.map(TomlString::value).orElse(null);
        Fields f = new Fields(table, TaskDraft.label(id, index), problems);
        f.rejectUnknownKeys(KEYS, HINTS);
        new UnusedKeys(problems).task(table, f.where());
        String agent = agent(f);
        Optional<String> prompt = prompt(f, agent);
        List<TomlString> deps = f.strings("deps").orElse(List.of());
        long timeout = f.integer("timeout_secs", 1, Long.MAX_VALUE).orElse(context.defaults().taskTimeoutSecs());
        Optional<Long> retry = f.integer("retry", 0, MAX_RETRY);
        double backoff = f.number("retry_backoff_secs", 0).orElse(DEFAULT_BACKOFF_SECS);
        Path workDir = f.text("work_dir").flatMap(s -> resolve(context.workDir(), s, f)).orElse(context.workDir());
        Map<String, String> env = f.environment("env").orElse(Map.of());
        boolean inject = f.bool("inject_context").orElse(true);
        LevelReader.Read level = levels.read(f);
        int retries = retry.map(Long::intValue)
                .orElseGet(() -> level.retry() == null ? 0 : (int) level.retry().value());
        if (retry.isPresent() && level.retry() != null) {
            problems.warning(level.retry(), "'retry' in the level of " + f.where()
                    + " is ignored because the task sets 'retry'");
        }
        String targetNode = f.string("target_node").map(TomlString::value).filter(s -> !s.isBlank()).orElse(null);
        List<String> requires = f.strings("requires").orElse(List.of()).stream().map(TomlString::value).toList();
        String skill = f.string("skill").map(TomlString::value).orElse("");
        String name = f.string("name").map(TomlString::value).filter(s -> !s.isBlank()).orElse(id);
        TomlValue at = idValue.<TomlValue>map(s -> s).orElse(table);
        if (id == null || prompt.isEmpty() || problems.errorCount() > before) {
            return new TaskDraft(index, id, at, deps, null);
        }
        List<String> depIds = new ArrayList<>(new LinkedHashSet<>(deps.stream().map(TomlString::value).toList()));
        TaskSpec spec = new TaskSpec(id, name, agent, prompt.get(),
                f.string("command").map(TomlString::value).orElse(""),
                depIds, timeout, retries, backoff, workDir, env, inject, level.level(), targetNode, requires, skill);
        return new TaskDraft(index, id, at, deps, spec);
    }

    private Optional<TomlString> id(TomlTable table, int index) {
        Optional<TomlValue> raw = table.get("id");
        if (raw.isEmpty()) {
            problems.error(table, "task #" + (index + 1)
                    + " has no 'id'; add id = \"...\" (letters, digits, '.', '_', '-')");
            return Optional.empty();
        }
        if (!(raw.get() instanceof TomlString s)) {
            problems.error(raw.get(), "'id' of task #" + (index + 1) + " must be a string, found "
                    + problems.describe(raw.get()));
            return Optional.empty();
        }
        if (!ID.matcher(s.value()).matches()) {
            problems.error(s, "id '" + s.value() + "' of task #" + (index + 1) + " is not valid: use 1 to 64 letters,"
                    + " digits, '.', '_' or '-', starting with a letter or digit");
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** The agent profile: {@code agent}, else {@code agent_runtime}, else the DAG's default. */
    private String agent(Fields f) {
        Optional<TomlString> agent = f.string("agent");
        Optional<TomlString> runtime = f.string("agent_runtime");
        if (agent.isPresent() && runtime.isPresent()) {
            if (normalize(agent.get().value()).equals(normalize(runtime.get().value()))) {
                problems.warning(runtime.get(), "'agent_runtime' in " + f.where() + " repeats 'agent'; remove it");
            } else {
                problems.error(runtime.get(), f.where() + " sets agent = \"" + agent.get().value()
                        + "\" and agent_runtime = \"" + runtime.get().value() + "\"; keep one");
            }
        }
        Optional<TomlString> chosen = agent.isPresent() ? agent : runtime;
        if (chosen.isEmpty()) {
            if (!context.defaultAgentFromFile() && !context.knownAgents().contains(context.defaultAgent())) {
                problems.error(f.table(), f.where() + " names no agent and the default agent '" + context.defaultAgent()
                        + "' (from the config file) is not known; set agent = \"...\" (" + known() + ")");
            }
            return context.defaultAgent();
        }
        String name = normalize(chosen.get().value());
        if (!context.knownAgents().contains(name)) {
            problems.error(chosen.get(), "unknown agent '" + chosen.get().value() + "' in " + f.where()
                    + Suggestions.didYouMean(name, context.knownAgents()) + "; known agents: " + known());
        }
        return name;
    }

    /** The prompt to run: {@code prompt}, or {@code command} when the prompt is absent; empty after an error. */
    private Optional<String> prompt(Fields f, String agent) {
        Optional<TomlString> prompt = f.text("prompt");
        Optional<TomlString> command = f.text("command");
        boolean hasPrompt = prompt.filter(s -> !s.value().isBlank()).isPresent();
        boolean hasCommand = command.filter(s -> !s.value().isBlank()).isPresent();
        boolean shell = BuiltinAgents.SHELL.equals(agent);
        if (shell && hasPrompt && hasCommand) {
            problems.error(command.get(), f.where() + " uses the shell agent and sets both 'prompt' and 'command';"
                    + " keep one (for shell both mean the command to run)");
            return Optional.empty();
        }
        if (hasPrompt) {
            if (command.isPresent()) {
                problems.warning(command.get(), "'command' in " + f.where() + " is not used: an agent task runs its"
                        + " 'prompt' ('command' counts as the prompt only when there is no prompt)");
            }
            return prompt.map(TomlString::value);
        }
        if (hasCommand) {
            return command.map(TomlString::value);
        }
        reportMissingPrompt(f, prompt.or(() -> command));
        return Optional.empty();
    }

    private void reportMissingPrompt(Fields f, Optional<TomlString> blank) {
        if (blank.isPresent()) {
            problems.error(blank.get(), "the prompt of " + f.where() + " is empty; say what the task should do");
        } else if (f.has("skill")) {
            problems.error(f.table().key("skill").orElseThrow(), f.where() + " has only 'skill' (an older format):"
                    + " cis runs a prompt or a command; add prompt = \"...\" saying what to do"
                    + " (skill stays as a label)");
        } else if (!f.has("prompt") && !f.has("command")) {
            problems.error(f.table(), f.where() + " has neither 'prompt' nor 'command'; add prompt = \"...\""
                    + " (with agent = \"shell\", the command to run)");
        }
    }

    private Optional<Path> resolve(Path base, TomlString dir, Fields f) {
        try {
            return Optional.of(resolvePath(base, dir.value()));
        } catch (InvalidPathException e) {
            problems.error(dir, "'work_dir' in " + f.where() + " is not a valid path: " + e.getReason());
            return Optional.empty();
        }
    }

    /** {@code dir} against {@code base}; a leading {@code ~} is the home folder. */
    static Path resolvePath(Path base, String dir) {
        String d = dir;
        if (d.equals("~") || d.startsWith("~/")) {
            d = System.getProperty("user.home") + d.substring(1);
        }
        return base.resolve(d).normalize();
    }

    /** {@code open_code} (older files) means {@code opencode}. */
    static String normalize(String agent) {
        return agent.equals("open_code") ? "opencode" : agent;
    }

    private String known() {
        return String.join(", ", context.knownAgents());
    }
}
