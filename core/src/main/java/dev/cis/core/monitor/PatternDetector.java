package dev.cis.core.monitor;

import dev.cis.core.agent.AgentProfile;
import dev.cis.core.agent.AutoAnswer;
import dev.cis.core.agent.NamedPattern;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for the profile's "waiting for a person" patterns (and, when the profile enables them, its auto-answer
 * rules) in the last lines of the rendered screen. The match on the lowest line wins, it is the newest question;
 * on the same line the pattern listed first in the profile wins.
 */
final class PatternDetector {

    private static final String DECORATION = "[\\s│┃║|╭╮╰╯─━┌┐└┘?❯>›▶*•!]*";
    private static final Pattern LEADING = Pattern.compile("^" + DECORATION);
    private static final Pattern TRAILING = Pattern.compile("[\\s│┃║|╭╮╰╯─━┌┐└┘]*$");
    private static final int MAX_REASON = 200;
    /** What animates on a waiting line: timers, counters, spinner frames. Left out of a question's identity. */
    private static final Pattern ANIMATED = Pattern.compile("[\\d\u2800-\u28ff◐◓◑◒◴◷◶◵✻✶✳✢✽·•…|/\\\\-]+");

    private final List<NamedPattern> blocked;
    private final List<AutoAnswer> autoAnswers;
    private final int questionLines;

    PatternDetector(AgentProfile profile, int questionLines) {
        this.blocked = profile.blockedPatterns();
        this.autoAnswers = profile.autoAnswer() ? profile.autoAnswers() : List.of();
        this.questionLines = questionLines;
    }

    Optional<Candidate> detect(ScreenSnapshot screen) {
        ScreenSnapshot.Region region = screen.questionRegion(questionLines);
        if (region.lines().isEmpty()) {
            return Optional.empty();
        }
        String text = region.text();
        Match best = null;
        for (NamedPattern p : blocked) {
            best = later(best, lastMatch(p.name(), p.pattern(), text));
        }
        AutoAnswer rule = null;
        Match ruleMatch = null;
        for (AutoAnswer a : autoAnswers) {
            Match m = lastMatch(a.name(), a.when(), text);
            if (m != null && (ruleMatch == null || m.line > ruleMatch.line)) {
                rule = a;
                ruleMatch = m;
            }
        }
        if (best == null) {
            best = ruleMatch;
        }
        return best == null ? Optional.empty() : Optional.of(candidate(best, region, text, rule));
    }

    private Candidate candidate(Match m, ScreenSnapshot.Region region, String text, AutoAnswer rule) {
        List<String> lines = region.lines();
        int first = m.line;
        int last = lineOf(text, Math.max(m.start, m.end - 1));
        String key = ANIMATED.matcher(String.join("\n", lines.subList(first, last + 1))).replaceAll("");
        List<String> shown = trimBlankEnd(lines.subList(first, Math.min(lines.size(), first + questionLines)));
        return new Candidate("pattern:" + m.name, "asks: " + question(lines.get(first)), key, shown,
                Choices.in(shown), rule);
    }

    private static Match lastMatch(String name, Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        Match found = null;
        while (matcher.find()) {
            found = new Match(name, matcher.start(), matcher.end(), 0);
        }
        return found == null ? null : new Match(name, found.start, found.end, lineOf(text, found.start));
    }

    private static Match later(Match a, Match b) {
        if (a == null) {
            return b;
        }
        return b != null && b.line > a.line ? b : a;
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The question without frame characters and prompt marks around it. */
    static String question(String line) {
        String q = TRAILING.matcher(LEADING.matcher(line).replaceFirst("")).replaceFirst("");
        if (q.isEmpty()) {
            q = line.strip();
        }
        return q.length() > MAX_REASON ? q.substring(0, MAX_REASON) + "..." : q;
    }

    private static List<String> trimBlankEnd(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(lines.subList(0, end));
    }

    private record Match(String name, int start, int end, int line) {
    }
}
