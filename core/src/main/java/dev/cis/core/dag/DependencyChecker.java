package dev.cis.core.dag;

import dev.cis.core.text.Suggestions;

import dev.cis.core.toml.TomlString;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * File-wide checks of {@code deps}: every name is a task of the file, and there is no cycle. Cycles are
 * found with an iterative Tarjan pass (no recursion, so a 10,000-long chain is fine); each strongly
 * connected group is reported once, as its shortest cycle through its first task.
 */
final class DependencyChecker {

    private static final int MAX_SUGGESTED = 100;
    private static final int MAX_LISTED = 10;
    private static final int MAX_CYCLE_SHOWN = 20;

    private final Problems problems;
    private int suggested;

    DependencyChecker(Problems problems) {
        this.problems = problems;
    }

    /** {@code byId}: the first task of every id, in file order. */
    void check(List<TaskDraft> tasks, Map<String, TaskDraft> byId) {
        List<String> ids = new ArrayList<>(byId.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        int[][] edges = new int[ids.size()][];
        TomlString[][] edgeAt = new TomlString[ids.size()][];
        for (TaskDraft t : tasks) {
            boolean first = t.id() != null && byId.get(t.id()) == t;
            List<Integer> out = new ArrayList<>();
            List<TomlString> at = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (TomlString dep : t.deps()) {
                Integer target = index.get(dep.value());
                if (target == null) {
                    unknown(t, dep, ids);
                } else if (!seen.add(dep.value())) {
                    problems.warning(dep, "deps of " + t.label() + " names '" + dep.value() + "' twice");
                } else {
                    out.add(target);
                    at.add(dep);
                }
            }
            if (first) {
                int i = index.get(t.id());
                edges[i] = out.stream().mapToInt(Integer::intValue).toArray();
                edgeAt[i] = at.toArray(new TomlString[0]);
            }
        }
        for (int i = 0; i < edges.length; i++) {
            if (edges[i] == null) {
                edges[i] = new int[0];
                edgeAt[i] = new TomlString[0];
            }
        }
        for (int[] group : stronglyConnected(edges)) {
            reportCycle(group, edges, edgeAt, ids);
        }
    }

    private void unknown(TaskDraft t, TomlString dep, List<String> ids) {
        String hint = suggested++ < MAX_SUGGESTED ? Suggestions.didYouMean(dep.value(), ids) : "";
        problems.error(dep, "deps of " + t.label() + " names '" + dep.value() + "', which is not a task of this file"
                + hint + " (tasks: " + list(ids) + ")");
    }

    private static String list(List<String> ids) {
        if (ids.size() <= MAX_LISTED) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, MAX_LISTED)) + ", ... " + ids.size() + " in all";
    }

    private void reportCycle(int[] group, int[][] edges, TomlString[][] edgeAt, List<String> ids) {
        int start = Arrays.stream(group).min().orElseThrow();
        boolean[] inGroup = new boolean[edges.length];
        for (int v : group) {
            inGroup[v] = true;
        }
        if (group.length == 1 && Arrays.stream(edges[start]).noneMatch(w -> w == start)) {
            return;
        }
        List<Integer> path = shortestCycle(start, edges, inGroup);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            if (path.size() > MAX_CYCLE_SHOWN && i == MAX_CYCLE_SHOWN / 2) {
                sb.append("... (").append(path.size() - MAX_CYCLE_SHOWN).append(" more) -> ");
                i = path.size() - MAX_CYCLE_SHOWN / 2;
            }
            sb.append(ids.get(path.get(i))).append(" -> ");
        }
        sb.append(ids.get(start));
        int next = path.size() > 1 ? path.get(1) : start;
        TomlString at = edgeAt[start][indexOf(edges[start], next)];
        String why = path.size() == 1 ? " (task '" + ids.get(start) + "' lists itself in its deps)"
                : " (each task lists the next one in its deps; remove one of these deps)";
        problems.error(at, "dependency cycle: " + sb + why);
    }

    /** Breadth-first from {@code start} inside its group, back to {@code start}: the nodes of the cycle in order. */
    private static List<Integer> shortestCycle(int start, int[][] edges, boolean[] inGroup) {
        int[] parent = new int[edges.length];
        Arrays.fill(parent, -2);
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        parent[start] = -1;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : edges[v]) {
                if (w == start) {
                    List<Integer> path = new ArrayList<>();
                    for (int u = v; u != -1; u = parent[u]) {
                        path.add(0, u);
                    }
                    return path;
                }
                if (inGroup[w] && parent[w] == -2) {
                    parent[w] = v;
                    queue.add(w);
                }
            }
        }
        throw new IllegalStateException("no cycle through a strongly connected task");
    }

    private static int indexOf(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        throw new IllegalStateException("edge not found");
    }

    /** Tarjan's algorithm with an explicit stack; groups in order of completion. */
    static List<int[]> stronglyConnected(int[][] edges) {
        int n = edges.length;
        int[] index = new int[n];
        int[] low = new int[n];
        int[] next = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] stack = new int[n];
        int sp = 0;
        int[] calls = new int[n];
        int counter = 0;
        List<int[]> groups = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (index[s] != -1) {
                continue;
            }
            int cp = 0;
            calls[cp++] = s;
            index[s] = low[s] = counter++;
            stack[sp++] = s;
            onStack[s] = true;
            while (cp > 0) {
                int v = calls[cp - 1];
                if (next[v] < edges[v].length) {
                    int w = edges[v][next[v]++];
                    if (index[w] == -1) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        calls[cp++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                cp--;
                if (cp > 0) {
                    int u = calls[cp - 1];
                    low[u] = Math.min(low[u], low[v]);
                }
                if (low[v] == index[v]) {
                    int size = 0;
                    while (stack[sp - 1 - size] != v) {
                        size++;
                    }
                    size++;
                    int[] group = Arrays.copyOfRange(stack, sp - size, sp);
                    for (int w : group) {
                        onStack[w] = false;
                    }
                    sp -= size;
                    groups.add(group);
                }
            }
        }
        return groups;
    }
}
