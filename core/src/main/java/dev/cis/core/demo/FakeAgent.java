package dev.cis.core.demo;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scripted stand-in for an interactive AI coding agent, so every path of cis runs for real in a
 * terminal without any AI installed. It prints a coloured banner, redraws a spinner, follows the
 * directives written in its prompt (see {@link Directive}) and ends with a {@code Result:} block that
 * also summarises the upstream outputs it was given. The prompt comes from the arguments; with no
 * arguments, from standard input when that is not the terminal (questions are then read from
 * {@code /dev/tty}), otherwise it is read after a {@code > } input prompt (bracketed paste understood).
 *
 * <p>Depends on nothing but the JDK so that it starts with just its own class folder or jar.
 */
public final class FakeAgent {

    static final String RESET = "\u001b[0m";
    private static final String BOLD_CYAN = "\u001b[1;36m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RED = "\u001b[31m";
    private static final String DIM = "\u001b[2m";
    private static final String PASTE_START = "\u001b[200~";
    private static final String PASTE_END = "\u001b[201~";
    private static final String[] FRAMES = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};

    private final PrintStream out;
    private final BufferedReader in;
    private final Map<String, String> env;
    private String result;
    private boolean writeOutputFile;
    private boolean repl;

    FakeAgent(PrintStream out, BufferedReader in, Map<String, String> env) {
        this.out = out;
        this.in = in;
        this.env = env;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        int code;
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String stdinPrompt = null;
            if (args.length == 0 && System.console() == null) {
                // standard input is not the terminal: it holds the prompt; answers come from the terminal
                stdinPrompt = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
                in = terminalReader();
            }
            code = new FakeAgent(out, in, System.getenv()).run(args, stdinPrompt);
        } catch (IOException e) {
            out.println(RED + "fake-agent: " + e.getMessage() + RESET);
            code = 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 130;
        }
        out.flush();
        System.exit(code);
    }

    private static BufferedReader terminalReader() throws IOException {
        Path tty = Path.of("/dev/tty");
        if (Files.isReadable(tty)) {
            return Files.newBufferedReader(tty, StandardCharsets.UTF_8);
        }
        return new BufferedReader(new StringReader(""));
    }

    /**
     * Runs the script. The prompt is the arguments, else {@code stdinPrompt} (standard input was a
     * file), else what is typed at the {@code > } input prompt.
     */
    int run(String[] args, String stdinPrompt) throws IOException, InterruptedException {
        banner();
        String prompt = args.length > 0 ? String.join(" ", args)
                : stdinPrompt != null ? stdinPrompt : readTypedPrompt();
        if (prompt == null || prompt.isBlank()) {
            say(RED + "No prompt given." + RESET);
            return 2;
        }
        String own = UpstreamSummary.ownPart(prompt);
        List<UpstreamSummary.Upstream> upstream = UpstreamSummary.parse(
                prompt.contains(UpstreamSummary.SECTION) ? prompt : contextFile());
        step("Reading the task");
        for (Directive d : Directive.parse(own)) {
            Integer exit = apply(d);
            if (exit != null) {
                return exit;
            }
        }
        step("Writing the answer");
        if (result == null) {
            String task = Directive.strip(own).lines().findFirst().orElse("").strip();
            result = task.isEmpty() ? "Completed the task." : "Completed: " + abbreviate(task, 200);
        }
        printResult(upstream);
        if (writeOutputFile) {
            writeOutputFile();
        }
        return repl ? repl() : 0;
    }

    private void banner() {
        say(BOLD_CYAN + "╭──────────────────────────────╮");
        say("│  fake-agent  ·  cis scripted │");
        say("╰──────────────────────────────╯" + RESET);
        say(DIM + "attempt " + attempt() + " · " + Path.of("").toAbsolutePath() + RESET);
    }

    private String readTypedPrompt() throws IOException {
        out.print("> ");
        out.flush();
        String line = in.readLine();
        if (line == null || !line.contains(PASTE_START)) {
            return line;
        }
        StringBuilder pasted = new StringBuilder(line.substring(line.indexOf(PASTE_START) + PASTE_START.length()));
        while (pasted.indexOf(PASTE_END) < 0) {
            String next = in.readLine();
            if (next == null) {
                break;
            }
            pasted.append('\n').append(next);
        }
        int end = pasted.indexOf(PASTE_END);
        return end < 0 ? pasted.toString() : pasted.substring(0, end);
    }

    private String contextFile() {
        String file = env.get("CIS_CONTEXT_FILE");
        try {
            return file == null || !Files.isRegularFile(Path.of(file)) ? "" : Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }

    /** Follows one directive; returns an exit code to stop with, or null to go on. */
    private Integer apply(Directive d) throws IOException, InterruptedException {
        switch (d.name()) {
            case "ask" -> {
                return ask(d.argument()) ? null : 1;
            }
            case "sleep" -> spin("Working", d.seconds());
            case "silent" -> Thread.sleep((long) (d.seconds() * 1000));
            case "exit" -> {
                int code = d.number(1);
                say((code == 0 ? GREEN : RED) + "Exiting with code " + code + RESET);
                return code;
            }
            case "fail-attempts" -> {
                if (attempt() <= d.number(1)) {
                    say(RED + "✗ Simulated failure on attempt " + attempt() + RESET);
                    return 1;
                }
            }
            case "print-lines" -> printLines(d.number(10));
            case "output" -> result = d.argument();
            case "write-output-file" -> writeOutputFile = true;
            case "repl" -> repl = true;
            default -> say(YELLOW + "(ignoring unknown directive " + d.name() + ")" + RESET);
        }
        return null;
    }

    /** {@code QUESTION | yes after N} (or {@code no after N}): the default answer when nobody answers in N s. */
    private static final java.util.regex.Pattern DEFAULT_ANSWER = java.util.regex.Pattern.compile(
            "\\s*\\|\\s*(yes|no)\\s+after\\s+(\\d+(?:\\.\\d+)?)\\s*$");

    private boolean ask(String argument) throws IOException, InterruptedException {
        java.util.regex.Matcher m = DEFAULT_ANSWER.matcher(argument);
        String question = m.find() ? argument.substring(0, m.start()) : argument;
        Boolean fallback = m.find(0) ? m.group(1).equals("yes") : null;
        long deadline = fallback == null ? Long.MAX_VALUE
                : System.nanoTime() + (long) (Double.parseDouble(m.group(2)) * 1e9);
        String q = question.isEmpty() ? "Continue?" : question;
        if (!q.toLowerCase(Locale.ROOT).contains("(y/n)")) {
            q = q + " (y/n)";
        }
        while (true) {
            out.print(YELLOW + "? " + RESET + q + " ");
            out.flush();
            String answer;
            if (fallback == null) {
                answer = in.readLine();
            } else {
                // read on another thread so this process is seen waiting on its terminal, as agents are
                java.util.concurrent.CompletableFuture<String> line = new java.util.concurrent.CompletableFuture<>();
                Thread reader = new Thread(() -> {
                    try {
                        line.complete(in.readLine());
                    } catch (IOException e) {
                        line.completeExceptionally(e);
                    }
                }, "fake-agent-answer");
                reader.setDaemon(true);
                reader.start();
                try {
                    answer = line.get(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    say("");
                    say(YELLOW + "(nobody answered; going on with " + (fallback ? "yes" : "no") + ")" + RESET);
                    return fallback;
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException(e.getCause());
                }
            }
            if (answer == null) {
                say(RED + "No answer (input closed)." + RESET);
                return false;
            }
            String a = answer.strip().toLowerCase(Locale.ROOT);
            if (a.equals("y") || a.equals("yes")) {
                say(GREEN + "✓ yes" + RESET);
                return true;
            }
            if (a.equals("n") || a.equals("no")) {
                say(RED + "✗ Aborted: the answer was no." + RESET);
                return false;
            }
            say("Please answer y or n.");
        }
    }

    private void printLines(int count) {
        for (int i = 1; i <= count; i++) {
            out.print("output line " + i + " of " + count + ": the quick brown fox jumps over the lazy dog\n");
        }
        out.flush();
    }

    private void step(String label) throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            out.print("\r" + BOLD_CYAN + FRAMES[i] + RESET + " " + label + "...");
            out.flush();
            Thread.sleep(30);
        }
        say("\r\u001b[K" + GREEN + "✓" + RESET + " " + label);
    }

    private void spin(String label, double seconds) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int frame = 0;
        while (System.nanoTime() < end) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            out.print("\r" + BOLD_CYAN + FRAMES[frame++ % FRAMES.length] + RESET + " " + label
                    + String.format(Locale.ROOT, " (%.1fs)", elapsed));
            out.flush();
            Thread.sleep(Math.max(1, Math.min(100, (end - System.nanoTime()) / 1_000_000)));
        }
        say("\r\u001b[K" + GREEN + "✓" + RESET + " " + label + String.format(Locale.ROOT, " (%.1fs)", seconds));
    }

    private void printResult(List<UpstreamSummary.Upstream> upstream) {
        say("");
        say("Result:");
        say(result);
        say("");
        UpstreamSummary.describe(upstream).forEach(this::say);
    }

    private void writeOutputFile() throws IOException {
        String file = env.get("CIS_OUTPUT_FILE");
        if (file == null || file.isBlank()) {
            say(YELLOW + "CIS_OUTPUT_FILE is not set; no output file written." + RESET);
            return;
        }
        Path path = Path.of(file);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        Files.writeString(path, result + "\n", StandardCharsets.UTF_8);
        say(DIM + "wrote " + path + RESET);
    }

    /** Stays at its input prompt like an interactive agent until {@code exit} or end of input. */
    private int repl() throws IOException {
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equals("exit") || line.strip().equals("/exit")) {
                return 0;
            }
            if (!line.isBlank()) {
                say("You said: " + line.strip());
            }
        }
    }

    private int attempt() {
        try {
            return Integer.parseInt(env.getOrDefault("CIS_ATTEMPT", "1").strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void say(String line) {
        out.print(line + "\n");
        out.flush();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
