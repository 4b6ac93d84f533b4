package dev.cis.core.agent;

import dev.cis.core.files.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line and environment of one agent session, worked out from its profile and request:
 * placeholders replaced, prompt files written, the executable resolved on PATH.
 *
 * @param command    the program (absolute path) and its arguments
 * @param env        the complete environment
 * @param outputFile the session's {@code CIS_OUTPUT_FILE}
 * @param tempFiles  files written for this session, removed when it ends
 */
record LaunchPlan(List<String> command, Map<String, String> env, Path outputFile, List<Path> tempFiles) {

    static final String PROMPT_FILE_ENV = "CIS_PROMPT_FILE";
    static final String OUTPUT_FILE_ENV = "CIS_OUTPUT_FILE";
    /** Linux limit for one argument (MAX_ARG_STRLEN) minus its terminating zero. */
    static final int MAX_ARGUMENT_BYTES = 128 * 1024 - 1;

    static LaunchPlan of(LaunchRequest request, Map<String, String> baseEnv) throws AgentLaunchException {
        AgentProfile profile = request.profile();
        Map<String, String> env = TaskEnvironment.withoutInternals(baseEnv);
        env.put("TERM", "xterm-256color");
        env.putAll(profile.env());
        env.putAll(request.env());
        List<Path> temp = new ArrayList<>();
        Path outputFile = outputFile(env);
        Path exe = ExecutableLocator.locate(profile.name(), profile.executable(), env, request.workDir());
        List<String> args = new ArrayList<>();
        int[] promptFiles = {0};
        try {
            for (String arg : profile.args()) {
                args.add(substitute(arg, request, outputFile, temp, promptFiles));
            }
            if (profile.promptDelivery() == PromptDelivery.ARGUMENT && !profile.argsCarryPrompt()) {
                args.add(request.prompt());
            }
            checkLengths(profile, args);
            List<String> command = new ArrayList<>();
            if (profile.promptDelivery() == PromptDelivery.STDIN) {
                Path promptFile = writePromptFile(request.prompt(), outputFile, temp, promptFiles);
                env.put(PROMPT_FILE_ENV, promptFile.toString());
                command.addAll(stdinWrapper(exe, args));
            } else {
                command.add(exe.toString());
                command.addAll(args);
            }
            return new LaunchPlan(command, env, outputFile, temp);
        } catch (AgentLaunchException e) {
            deleteAll(temp);
            throw e;
        }
    }

    /**
     * The request's {@code CIS_OUTPUT_FILE} (in the attempt folder), else a file in a new owner-only
     * temporary folder. Prompt files go next to it.
     */
    private static Path outputFile(Map<String, String> env) throws AgentLaunchException {
        String given = env.get(OUTPUT_FILE_ENV);
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        try {
            Path dir = PrivateFiles.createTempDirectory("cis-session-");
            Path p = dir.resolve("output.txt");
            env.put(OUTPUT_FILE_ENV, p.toString());
            return p;
        } catch (IOException e) {
            throw new AgentLaunchException("cannot create a folder for the session's files: " + e.getMessage(), e);
        }
    }

    private static String substitute(String arg, LaunchRequest request, Path outputFile, List<Path> temp,
            int[] promptFiles) throws AgentLaunchException {
        String out = arg;
        if (out.contains(AgentProfile.PROMPT_FILE)) {
            out = out.replace(AgentProfile.PROMPT_FILE,
                    writePromptFile(request.prompt(), outputFile, temp, promptFiles).toString());
        }
        out = out.replace(AgentProfile.OUTPUT_FILE, outputFile.toString());
        out = out.replace(AgentProfile.WORK_DIR, request.workDir().toString());
        return out.replace(AgentProfile.PROMPT, request.prompt());
    }

    /** Writes the prompt, owner-only, next to the output file: {@code prompt.txt}, then {@code prompt-2.txt}... */
    private static Path writePromptFile(String prompt, Path outputFile, List<Path> temp, int[] count)
            throws AgentLaunchException {
        count[0]++;
        Path p = outputFile.toAbsolutePath().resolveSibling(count[0] == 1 ? "prompt.txt" : "prompt-" + count[0] + ".txt");
        try {
            PrivateFiles.writeString(p, prompt);
            temp.add(p);
            return p;
        } catch (IOException e) {
            throw new AgentLaunchException("cannot write the prompt to " + p + ": " + e.getMessage(), e);
        }
    }

    private static void checkLengths(AgentProfile profile, List<String> args) throws AgentLaunchException {
        for (String a : args) {
            int bytes = a.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_ARGUMENT_BYTES) {
                throw new AgentLaunchException("agent \"" + profile.name() + "\": an argument of " + bytes
                        + " bytes is longer than the " + MAX_ARGUMENT_BYTES + " a program may get; give the prompt "
                        + "through a file ({prompt_file} in args) or set prompt_delivery = \"stdin\"");
            }
        }
    }

    /** Runs the program with the prompt file as its standard input; output stays on the terminal. */
    private static List<String> stdinWrapper(Path exe, List<String> args) {
        if (BuiltinProfiles.windows()) {
            StringBuilder line = new StringBuilder(quoteWindows(exe.toString()));
            args.forEach(a -> line.append(' ').append(quoteWindows(a)));
            line.append(" < \"%").append(PROMPT_FILE_ENV).append("%\"");
            return List.of("cmd.exe", "/c", line.toString());
        }
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
                "exec \"$0\" \"$@\" < \"$" + PROMPT_FILE_ENV + "\"", exe.toString()));
        command.addAll(args);
        return command;
    }

    private static String quoteWindows(String s) {
        return s.isEmpty() || s.matches(".*[\\s\"&|<>^].*") ? "\"" + s.replace("\"", "\\\"") + "\"" : s;
    }

    static void deleteAll(List<Path> files) {
        for (Path p : files) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }
}
