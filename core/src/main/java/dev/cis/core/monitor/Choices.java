package dev.cis.core.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers a question offers, read from the lines that show it: a numbered menu ({@code ❯ 1. Yes} /
 * {@code 2. No}, listed as shown; typing the number picks one), letter choices ({@code (Y)es/(N)o/(A)ll}, listed as
 * lower-case words, whose first letter is the answer), or a bracketed yes/no ({@code (y/n)}, {@code [y/N]},
 * {@code (yes/no)}, listed as the keys to type).
 */
final class Choices {

    private static final Pattern MENU_ITEM = Pattern.compile(
            "^[\\s│|┃║]*(?:[❯>›▶→*•]\\s*)?(\\d{1,2})[.)]\\s+(.+?)[\\s│|┃║]*$");
    private static final Pattern LETTER_CHOICE = Pattern.compile("\\(([A-Za-z])\\)([A-Za-z' ]*)");
    private static final Pattern LETTER_LIST = Pattern.compile(
            "\\([A-Za-z]\\)[A-Za-z' ]*(?:/\\([A-Za-z]\\)[A-Za-z' ]*)+");
    private static final Pattern YES_NO = Pattern.compile(
            "(?i)[\\[(]\\s*(y(?:es)?)\\s*/\\s*(n(?:o)?)\\s*[\\])]");

    private Choices() {
    }

    static List<String> in(List<String> lines) {
        List<String> menu = menu(lines);
        if (menu.size() >= 2) {
            return menu;
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            List<String> letters = letters(lines.get(i));
            if (letters.size() >= 2) {
                return letters;
            }
            Matcher yn = YES_NO.matcher(lines.get(i));
            String last = null;
            while (yn.find()) {
                last = yn.group(1).toLowerCase(Locale.ROOT) + "/" + yn.group(2).toLowerCase(Locale.ROOT);
            }
            if (last != null) {
                return List.of(last.split("/"));
            }
        }
        return List.of();
    }

    /** Numbered items 1, 2, 3... in order. */
    private static List<String> menu(List<String> lines) {
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            Matcher m = MENU_ITEM.matcher(line);
            if (m.matches() && Integer.parseInt(m.group(1)) == items.size() + 1) {
                items.add(m.group(1) + ". " + m.group(2).strip());
            }
        }
        return items;
    }

    private static List<String> letters(String line) {
        Matcher list = LETTER_LIST.matcher(line);
        if (!list.find()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = LETTER_CHOICE.matcher(list.group());
        while (m.find()) {
            out.add((m.group(1) + m.group(2)).strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
