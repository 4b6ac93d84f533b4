package dev.cis.core.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to run one kind of agent: the program, how it gets its prompt, what on its screen means it waits
 * for a person or is done, and how its result is read. Profiles are data: built-ins come from
 * {@link BuiltinProfiles}, users override or add them in {@code [agents.NAME]} tables of the config.
 *
 * @param name             profile name, e.g. {@code claude}
 * @param description      one line for lists
 * @param executable       program name (looked up on PATH) or path
 * @param args             arguments; {@code {prompt}}, {@code {prompt_file}}, {@code {output_file}} and
 *                         {@code {work_dir}} are replaced when launched
 * @param promptDelivery   how the prompt reaches the program
 * @param readyPattern     for {@link PromptDelivery#TYPED}: the prompt is typed once this shows on screen
 * @param bracketedPaste   for {@link PromptDelivery#TYPED}: send the prompt as one bracketed paste
 * @param submitDelay      for {@link PromptDelivery#TYPED}: pause between the prompt and Enter
 * @param env              extra environment
 * @param blockedPatterns  what on screen means "waiting for a person"
 * @param finishedPattern  what on screen means "done" although the program keeps running (null: none)
 * @param finishedQuiet    how long the screen must stay unchanged with the finished pattern showing
 * @param output           how the result is read
 * @param answers          the quick yes/no answers
 * @param autoAnswer       whether {@code autoAnswers} are applied (off by default)
 * @param autoAnswers      rules answering questions without a person
 */
public record AgentProfile(
        String name,
        String description,
        String executable,
        List<String> args,
        PromptDelivery promptDelivery,
        Pattern readyPattern,
        boolean bracketedPaste,
        Duration submitDelay,
        Map<String, String> env,
        List<NamedPattern> blockedPatterns,
        Pattern finishedPattern,
        Duration finishedQuiet,
        OutputExtraction output,
        QuickAnswers answers,
        boolean autoAnswer,
        List<AutoAnswer> autoAnswers) {

    public static final String PROMPT = "{prompt}";
    public static final String PROMPT_FILE = "{prompt_file}";
    public static final String OUTPUT_FILE = "{output_file}";
    public static final String WORK_DIR = "{work_dir}";
    public static final Duration DEFAULT_SUBMIT_DELAY = Duration.ofMillis(150);
    public static final Duration DEFAULT_FINISHED_QUIET = Duration.ofSeconds(1);

    public AgentProfile {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(executable, "executable");
        args = List.copyOf(args);
        Objects.requireNonNull(promptDelivery, "promptDelivery");
        if (promptDelivery == PromptDelivery.TYPED && readyPattern == null) {
            throw new IllegalArgumentException(name + ": typed prompt delivery needs a ready pattern");
        }
        submitDelay = submitDelay == null ? DEFAULT_SUBMIT_DELAY : submitDelay;
        env = Map.copyOf(env);
        blockedPatterns = List.copyOf(blockedPatterns);
        finishedQuiet = finishedQuiet == null ? DEFAULT_FINISHED_QUIET : finishedQuiet;
        output = output == null ? OutputExtraction.raw() : output;
        answers = answers == null ? QuickAnswers.LINE_Y_N : answers;
        autoAnswers = List.copyOf(autoAnswers);
    }

    /** True when an argument carries the prompt ({@code {prompt}} or {@code {prompt_file}}). */
    public boolean argsCarryPrompt() {
        return args.stream().anyMatch(a -> a.contains(PROMPT) || a.contains(PROMPT_FILE));
    }

    public static Builder builder(String name, String executable) {
        return new Builder(name, executable);
    }

    /** A builder starting from this profile, for overrides. */
    public Builder toBuilder() {
        Builder b = new Builder(name, executable);
        b.description = description;
        b.args = new ArrayList<>(args);
        b.promptDelivery = promptDelivery;
        b.readyPattern = readyPattern;
        b.bracketedPaste = bracketedPaste;
        b.submitDelay = submitDelay;
        b.env = new LinkedHashMap<>(env);
        b.blockedPatterns = new ArrayList<>(blockedPatterns);
        b.finishedPattern = finishedPattern;
        b.finishedQuiet = finishedQuiet;
        b.output = output;
        b.answers = answers;
        b.autoAnswer = autoAnswer;
        b.autoAnswers = new ArrayList<>(autoAnswers);
        return b;
    }

    /** Builds an {@link AgentProfile}; defaults: argument delivery, raw output, "y"/"n" answers. */
    public static final class Builder {
        private String name;
        private String executable;
        private String description = "";
        private List<String> args = new ArrayList<>();
        private PromptDelivery promptDelivery = PromptDelivery.ARGUMENT;
        private Pattern readyPattern;
        private boolean bracketedPaste;
        private Duration submitDelay = DEFAULT_SUBMIT_DELAY;
        private Map<String, String> env = new LinkedHashMap<>();
        private List<NamedPattern> blockedPatterns = new ArrayList<>();
        private Pattern finishedPattern;
        private Duration finishedQuiet = DEFAULT_FINISHED_QUIET;
        private OutputExtraction output = OutputExtraction.raw();
        private QuickAnswers answers = QuickAnswers.LINE_Y_N;
        private boolean autoAnswer;
        private List<AutoAnswer> autoAnswers = new ArrayList<>();

        private Builder(String name, String executable) {
            this.name = name;
            this.executable = executable;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder executable(String value) {
            executable = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder args(List<String> value) {
            args = new ArrayList<>(value);
            return this;
        }

        public Builder args(String... value) {
            return args(List.of(value));
        }

        public Builder promptDelivery(PromptDelivery value) {
            promptDelivery = value;
            return this;
        }

        public Builder readyPattern(String regex) {
            readyPattern = regex == null ? null : Patterns.compile(regex);
            return this;
        }

        public Builder bracketedPaste(boolean value) {
            bracketedPaste = value;
            return this;
        }

        public Builder submitDelay(Duration value) {
            submitDelay = value;
            return this;
        }

        public Builder env(Map<String, String> value) {
            env = new LinkedHashMap<>(value);
            return this;
        }

        public Builder putEnv(String key, String value) {
            env.put(key, value);
            return this;
        }

        public Builder removeEnv(String key) {
            env.remove(key);
            return this;
        }

        /** Adds a blocked pattern, replacing one of the same name. */
        public Builder blocked(String patternName, String regex) {
            removeBlocked(patternName);
            blockedPatterns.add(NamedPattern.of(patternName, regex));
            return this;
        }

        public Builder removeBlocked(String patternName) {
            blockedPatterns.removeIf(p -> p.name().equals(patternName));
            return this;
        }

        public Builder finishedPattern(String regex) {
            finishedPattern = regex == null ? null : Patterns.compile(regex);
            return this;
        }

        public Builder finishedQuiet(Duration value) {
            finishedQuiet = value;
            return this;
        }

        public Builder output(OutputExtraction value) {
            output = value;
            return this;
        }

        public Builder answers(QuickAnswers value) {
            answers = value;
            return this;
        }

        public Builder answerYes(String value) {
            answers = new QuickAnswers(value, answers.no());
            return this;
        }

        public Builder answerNo(String value) {
            answers = new QuickAnswers(answers.yes(), value);
            return this;
        }

        public Builder autoAnswer(boolean value) {
            autoAnswer = value;
            return this;
        }

        /** Adds an auto-answer rule, replacing one of the same name. */
        public Builder autoAnswerRule(String ruleName, String regex, String reply) {
            autoAnswers.removeIf(r -> r.name().equals(ruleName));
            autoAnswers.add(new AutoAnswer(ruleName, Patterns.compile(regex), reply));
            return this;
        }

        public Builder clearAutoAnswerRules() {
            autoAnswers.clear();
            return this;
        }

        public AgentProfile build() {
            return new AgentProfile(name, description, executable, args, promptDelivery, readyPattern,
                    bracketedPaste, submitDelay, env, blockedPatterns, finishedPattern, finishedQuiet, output,
                    answers, autoAnswer, autoAnswers);
        }
    }
}
