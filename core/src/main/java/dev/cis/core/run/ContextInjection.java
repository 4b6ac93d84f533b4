package dev.cis.core.run;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text given to a task: its prompt followed by the outputs of its direct dependencies, in the
 * order of {@code deps}, exactly as DAG-FORMAT.md "Context injection" says.
 */
public final class ContextInjection {

    /** At most this many bytes of each dependency's output are passed on; longer output keeps its end. */
    public static final int MAX_BYTES_PER_DEP = 16 * 1024;

    private ContextInjection() {
    }

    /** The upstream section alone (empty string when there are no dependencies). */
    public static String upstreamSection(List<UpstreamOutput> upstream) {
        if (upstream.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("## Upstream task outputs\n");
        for (UpstreamOutput u : upstream) {
            sb.append("\n### ").append(u.taskId()).append(" (").append(u.status().wireName()).append(", exit ")
                    .append(u.exitCode() == null ? "none" : u.exitCode().toString()).append(")\n");
            sb.append(cut(u.output()));
            if (!u.output().endsWith("\n")) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The prompt with the upstream section appended (the prompt alone when there are no dependencies). */
    public static String inject(String prompt, List<UpstreamOutput> upstream) {
        if (upstream.isEmpty()) {
            return prompt;
        }
        return prompt + "\n\n" + upstreamSection(upstream);
    }

    /** Keeps the last {@link #MAX_BYTES_PER_DEP} bytes (UTF-8), on a character boundary, and says what was cut. */
    static String cut(String output) {
        byte[] bytes = output.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES_PER_DEP) {
            return output;
        }
        int from = bytes.length - MAX_BYTES_PER_DEP;
        while (from < bytes.length && (bytes[from] & 0xC0) == 0x80) {
            from++;
        }
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        return "[... " + from + " earlier bytes cut; the last " + (bytes.length - from) + " bytes follow ...]\n" + tail;
    }
}
