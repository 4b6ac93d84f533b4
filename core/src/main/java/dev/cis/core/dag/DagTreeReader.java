package dev.cis.core.dag;

import dev.cis.core.text.Suggestions;

import dev.cis.core.toml.TomlArray;
import dev.cis.core.toml.TomlKey;
import dev.cis.core.toml.TomlString;
import dev.cis.core.toml.TomlTable;
import dev.cis.core.toml.TomlValue;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the positioned tree of a DAG file (TOML or JSON) into a {@link Dag}, reporting every problem. */
final class DagTreeReader {

    private static final List<String> POLICIES = Arrays.stream(Policy.values()).map(Policy::fileName).toList();

    private final Problems problems;
    private final Set<String> knownAgents;
    private final DagDefaults defaults;
    private int tasksFound;

    DagTreeReader(Problems problems, Set<String> knownAgents, DagDefaults defaults) {
        this.problems = problems;
        this.knownAgents = knownAgents;
        this.defaults = defaults;
    }

    /** The DAG, or null when there are errors (all of them reported). */
    Dag read(TomlTable root, String defaultName, Path baseDir, Path sourceFile) {
        new Fields(root, "the top level of the file", problems).rejectUnknownKeys(DagKeys.TOP_LEVEL,
                DagKeys.topLevelHints());
        root.key("skill").ifPresent(k -> problems.warning(k, "the [skill] table is accepted for compatibility with"
                + " older files and not used"));
        TomlTable dagTable = dagTable(root);
        Fields d = new Fields(dagTable, "[dag]", problems);
        d.rejectUnknownKeys(DagKeys.dagKeysWithCompat(), DagKeys.dagHints());
        new UnusedKeys(problems).dag(dagTable);
        String name = d.string("name").map(TomlString::value).filter(s -> !s.isBlank()).orElse(defaultName);
        String description = d.string("description").map(TomlString::value).orElse("");
        int maxWorkers = d.integer("max_workers", 1, 256).map(Long::intValue).orElse(defaults.maxWorkers());
        Policy policy = d.string("policy").flatMap(this::policy).orElse(Policy.ALL_SUCCESS);
        Optional<TomlString> fileAgent = d.string("default_agent");
        String defaultAgent = fileAgent.map(s -> defaultAgent(s)).orElse(defaults.defaultAgent());
        Path workDir = d.text("work_dir").flatMap(s -> workDir(baseDir, s)).orElse(baseDir);
        Map<String, String> env = d.environment("env").orElse(Map.of());
        long timeout = d.integer("timeout_secs", 1, Long.MAX_VALUE).orElse(0L);

        TaskTableReader.Context ctx = new TaskTableReader.Context(knownAgents, defaultAgent, fileAgent.isPresent(),
                workDir, defaults);
        List<TaskDraft> drafts = tasks(root, dagTable, new TaskTableReader(problems, ctx));
        tasksFound = drafts.size();
        Map<String, TaskDraft> byId = uniqueIds(drafts);
        new DependencyChecker(problems).check(drafts, byId);
        if (problems.hasErrors()) {
            return null;
        }
        List<TaskSpec> specs = drafts.stream().map(TaskDraft::spec).toList();
        return new Dag(name, description, maxWorkers, policy, defaultAgent, workDir, env, timeout, specs, sourceFile);
    }

    /** How many task entries the last {@link #read} found, also when they have errors. */
    int tasksFound() {
        return tasksFound;
    }

    private TomlTable dagTable(TomlTable root) {
        Optional<TomlValue> v = root.get("dag");
        if (v.isPresent() && v.get() instanceof TomlTable t) {
            return t;
        }
        v.ifPresent(x -> problems.error(x, "'dag' must be " + problems.aTable() + " of DAG settings and tasks,"
                + " found " + problems.describe(x)));
        return TomlTable.empty();
    }

    private List<TaskDraft> tasks(TomlTable root, TomlTable dagTable, TaskTableReader reader) {
        Optional<TomlArray> nested = taskArray(dagTable, "[dag]");
        Optional<TomlArray> top = taskArray(root, "the top level");
        if (nested.isPresent() && top.isPresent()) {
            TomlKey k = root.key("tasks").orElseThrow();
            problems.error(k, "tasks are given twice: in [dag] (line " + nested.get().line() + ") and at the top level;"
                    + " keep one list");
        }
        List<TomlValue> values = new ArrayList<>();
        nested.ifPresent(a -> values.addAll(a.items()));
        top.ifPresent(a -> values.addAll(a.items()));
        if (values.isEmpty() && !dagTable.has("tasks") && !root.has("tasks")) {
            noTasks(dagTable.line(), dagTable.column(), root.has("dag"));
        } else if (values.isEmpty() && (nested.isPresent() || top.isPresent())) {
            TomlArray empty = nested.orElseGet(top::get);
            problems.error(empty, "the task list is empty; add at least one task with an id and a prompt or command");
        }
        List<TaskDraft> drafts = new ArrayList<>(values.size());
        for (TomlValue v : values) {
            drafts.add(reader.read(v, drafts.size()));
        }
        return drafts;
    }

    private Optional<TomlArray> taskArray(TomlTable table, String where) {
        Optional<TomlValue> v = table.get("tasks");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof TomlArray a) {
            return Optional.of(a);
        }
        String how = problems.isJson() ? "an array of task objects" : "an array of task tables ([[dag.tasks]])";
        String hint = v.get() instanceof TomlTable ? "; give each task its own table with id = \"...\"" : "";
        problems.error(v.get(), "'tasks' in " + where + " must be " + how + ", found " + problems.describe(v.get())
                + hint);
        return Optional.empty();
    }

    private void noTasks(int line, int column, boolean hasDag) {
        String how = problems.isJson() ? "add \"tasks\": [{\"id\": \"...\", \"prompt\": \"...\"}] to \"dag\""
                : "add a [[dag.tasks]] table with id = \"...\" and prompt = \"...\"";
        if (hasDag) {
            problems.error(line, column, "the DAG has no tasks; " + how);
        } else {
            problems.error(0, 0, "no [dag] table and no tasks; " + how);
        }
    }

    private Map<String, TaskDraft> uniqueIds(List<TaskDraft> drafts) {
        Map<String, TaskDraft> byId = new LinkedHashMap<>();
        for (TaskDraft t : drafts) {
            if (t.id() == null) {
                continue;
            }
            TaskDraft first = byId.putIfAbsent(t.id(), t);
            if (first != null) {
                problems.error(t.at(), "duplicate id '" + t.id() + "' (first defined at line " + first.at().line()
                        + ")");
            }
        }
        return byId;
    }

    private Optional<Policy> policy(TomlString s) {
        Optional<Policy> p = Policy.fromFileName(s.value());
        if (p.isEmpty()) {
            problems.error(s, "unknown policy '" + s.value() + "' in [dag]"
                    + Suggestions.didYouMean(s.value(), POLICIES) + "; policies: " + String.join(", ", POLICIES));
        }
        return p;
    }

    private String defaultAgent(TomlString s) {
        String name = TaskTableReader.normalize(s.value());
        if (!knownAgents.contains(name)) {
            problems.error(s, "unknown agent '" + s.value() + "' in 'default_agent' of [dag]"
                    + Suggestions.didYouMean(name, knownAgents) + "; known agents: " + String.join(", ", knownAgents));
        }
        return name;
    }

    private Optional<Path> workDir(Path baseDir, TomlString s) {
        try {
            return Optional.of(TaskTableReader.resolvePath(baseDir, s.value()));
        } catch (InvalidPathException e) {
            problems.error(s, "'work_dir' in [dag] is not a valid path: " + e.getReason());
            return Optional.empty();
        }
    }
}
