package dev.cis.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentProfilesTest {

    private static Map<String, Map<String, Object>> config(String name, Map<String, Object> table) {
        Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
        tables.put(name, table);
        return tables;
    }

    private static AgentConfigException problems(Map<String, Map<String, Object>> tables) {
        try {
            AgentProfiles.fromConfig(tables);
        } catch (AgentConfigException e) {
            return e;
        }
        throw new AssertionError("expected the config to be rejected");
    }

    @Test
    void builtinsAreTheKnownAgents() {
        assertThat(AgentProfiles.builtins().names())
                .containsExactly("shell", "claude", "codex", "aider", "opencode", "gemini", "kimi", "fake-agent");
    }

    @Test
    void aTableNamedLikeABuiltinChangesOnlyTheKeysItSets() throws Exception {
        AgentProfiles profiles = AgentProfiles.fromConfig(config("claude",
                Map.of("args", List.of("-p", "--model", "opus"))));

        AgentProfile claude = profiles.find("claude").orElseThrow();
        assertThat(claude.args()).containsExactly("-p", "--model", "opus");
        assertThat(claude.executable()).isEqualTo("claude");
        assertThat(claude.promptDelivery()).isEqualTo(PromptDelivery.STDIN);
        assertThat(claude.output().mode()).isEqualTo(OutputExtraction.Mode.JSON_FIELD);
    }

    @Test
    void aNewProfileCanExtendAnotherOneAndSetEveryKey() throws Exception {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("extends", "fake-agent");
        table.put("description", "typed fake");
        table.put("prompt_delivery", "typed");
        table.put("ready_pattern", "^> $");
        table.put("bracketed_paste", true);
        table.put("submit_delay_ms", 20);
        table.put("env", Map.of("MODE", "demo"));
        table.put("blocked_patterns", Map.of("menu", "Choose an option"));
        table.put("finished_pattern", "^> $");
        table.put("finished_quiet_ms", 500);
        table.put("output", "json_field");
        table.put("output_field", "item.text");
        table.put("answer_yes", "1");
        table.put("answer_no", "\u001b");
        table.put("auto_answer", true);
        table.put("auto_answers", List.of(Map.of("name", "trust", "pattern", "Trust this\\?", "reply", "y\r")));

        AgentProfile p = AgentProfiles.fromConfig(config("fake-typed", table)).find("fake-typed").orElseThrow();

        assertThat(p.executable()).isEqualTo(BuiltinProfiles.fakeAgent().executable());
        assertThat(p.promptDelivery()).isEqualTo(PromptDelivery.TYPED);
        assertThat(p.readyPattern().pattern()).isEqualTo("^> $");
        assertThat(p.bracketedPaste()).isTrue();
        assertThat(p.submitDelay()).hasMillis(20);
        assertThat(p.env()).containsEntry("MODE", "demo");
        assertThat(p.blockedPatterns()).extracting(NamedPattern::name).containsExactly("yes_no", "menu");
        assertThat(p.finishedQuiet()).hasMillis(500);
        assertThat(p.output()).isEqualTo(new OutputExtraction(OutputExtraction.Mode.JSON_FIELD, "item.text", null));
        assertThat(p.answers()).isEqualTo(new QuickAnswers("1", "\u001b"));
        assertThat(p.autoAnswer()).isTrue();
        assertThat(p.autoAnswers()).extracting(AutoAnswer::name, AutoAnswer::reply).containsExactly(
                org.assertj.core.groups.Tuple.tuple("trust", "y\r"));
        assertThat(AgentProfiles.builtins().find("fake-agent").orElseThrow().promptDelivery())
                .isEqualTo(PromptDelivery.ARGUMENT);
    }

    @Test
    void anEmptyStringRemovesAnInheritedBlockedPatternOrVariable() throws Exception {
        AgentProfile shell = AgentProfiles.fromConfig(config("shell", Map.of(
                "blocked_patterns", Map.of("password", ""),
                "env", Map.of("X", "1")))).find("shell").orElseThrow();

        assertThat(shell.blockedPatterns()).extracting(NamedPattern::name).containsExactly("yes_no");
        assertThat(shell.env()).containsEntry("X", "1");
    }

    @Test
    void aNewProfileWithoutExecutableIsRejectedNamingTheKey() {
        assertThat(problems(config("mine", Map.of("args", List.of("x")))).problems())
                .containsExactly("agents.mine.executable: required for a new profile (or set extends = \"claude\" etc.)");
    }

    @Test
    void anUnknownKeyIsRejectedWithASuggestion() {
        assertThat(problems(config("mine", Map.of("exectuable", "x", "executable", "y"))).problems())
                .containsExactly("agents.mine.exectuable: unknown key (did you mean \"executable\"?)");
    }

    @Test
    void anInvalidRegularExpressionNamesTheProfileAndTheKey() {
        assertThat(problems(config("claude", Map.of("blocked_patterns", Map.of("menu", "([unclosed")))).problems())
                .singleElement().asString().startsWith("agents.claude.blocked_patterns.menu: invalid regular expression");
    }

    @Test
    void typedDeliveryNeedsAReadyPattern() {
        assertThat(problems(config("claude", Map.of("prompt_delivery", "typed", "args", List.of()))).problems())
                .containsExactly("agents.claude.ready_pattern: required when prompt_delivery = \"typed\"");
    }

    @Test
    void aPromptPlaceholderWithStdinDeliveryIsRejected() {
        assertThat(problems(config("gemini", Map.of("prompt_delivery", "stdin"))).problems())
                .singleElement().asString().startsWith("agents.gemini.args: {prompt} and {prompt_file} only work");
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsType() {
        Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
        tables.put("a", Map.of("executable", "x", "bracketed_paste", "yes", "submit_delay_ms", -1));
        tables.put("b", Map.of("extends", "cluade"));
        tables.put("c", Map.of("executable", "x", "output", "json_field", "prompt_delivery", "pigeon"));

        assertThat(problems(tables).problems()).containsExactlyInAnyOrder(
                "agents.a.bracketed_paste: must be true or false, not the string \"yes\"",
                "agents.a.submit_delay_ms: must be a whole number of milliseconds from 0 to 3600000, not the number -1",
                "agents.b.extends: unknown profile \"cluade\" (did you mean \"claude\"?); known: shell, claude, codex, "
                        + "aider, opencode, gemini, kimi, fake-agent, a, c",
                "agents.c.prompt_delivery: \"pigeon\" is not one of argument, stdin, typed",
                "agents.c.output_field: required when output = \"json_field\" (e.g. \"result\")");
    }

    @Test
    void profilesExtendingEachOtherInACycleAreRejected() {
        Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
        tables.put("x", Map.of("extends", "y"));
        tables.put("y", Map.of("extends", "x"));

        assertThat(problems(tables).problems())
                .contains("agents.x.extends: profiles extend each other in a cycle: x -> y -> x");
    }

    @Test
    void anInvalidProfileNameIsRejected() {
        assertThat(problems(config("bad name!", Map.of("extends", "shell"))).problems())
                .containsExactly("agents.bad name!: a profile name is letters, digits, '.', '_' or '-' (at most 64)");
    }

    @Test
    void noConfigMeansTheBuiltins() throws Exception {
        assertThat(AgentProfiles.fromConfig(Map.of()).names()).isEqualTo(AgentProfiles.builtins().names());
    }
}
