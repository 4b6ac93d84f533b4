package dev.cis.core.demo;

import dev.cis.core.text.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fake agent understood of the upstream outputs appended to its prompt
 * ({@code ## Upstream task outputs} then one {@code ### <id> (<status>, exit <code>)} section each).
 */
final class UpstreamSummary {

    static final String SECTION = "## Upstream task outputs";
    private static final Pattern HEADING = Pattern.compile("(?m)^### (\\S+) \\(([^,)]+), exit (-?\\d+)\\)\\s*$");

    record Upstream(String id, String status, int exitCode, String firstLine) {
    }

    private UpstreamSummary() {
    }

    /** The part of the prompt that is the task itself (before the upstream section). */
    static String ownPart(String prompt) {
        int at = prompt.indexOf(SECTION);
        return at < 0 ? prompt : prompt.substring(0, at);
    }

    static List<Upstream> parse(String text) {
        int at = text.indexOf(SECTION);
        if (at < 0) {
            return List.of();
        }
        String section = text.substring(at + SECTION.length());
        Matcher m = HEADING.matcher(section);
        List<int[]> bounds = new ArrayList<>();
        List<String[]> heads = new ArrayList<>();
        while (m.find()) {
            bounds.add(new int[] {m.start(), m.end()});
            heads.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        List<Upstream> out = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            int bodyEnd = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : section.length();
            String body = section.substring(bounds.get(i)[1], bodyEnd).strip();
            String first = body.isEmpty() ? "" : body.lines().findFirst().orElse("");
            out.add(new Upstream(heads.get(i)[0], heads.get(i)[1], Integer.parseInt(heads.get(i)[2]), first));
        }
        return out;
    }

    /** One line per upstream task, for the result block. */
    static List<String> describe(List<Upstream> upstreams) {
        if (upstreams.isEmpty()) {
            return List.of("Upstream context: none");
        }
        List<String> lines = new ArrayList<>();
        lines.add("Upstream context: " + Plural.of(upstreams.size(), "task"));
        for (Upstream u : upstreams) {
            String first = u.firstLine().length() > 80 ? u.firstLine().substring(0, 80) + "..." : u.firstLine();
            lines.add("- " + u.id() + " (" + u.status() + ", exit " + u.exitCode() + "): " + first);
        }
        return lines;
    }
}
