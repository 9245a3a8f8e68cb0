package io.revitalization.cases.domain.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ICU's Traditional-Simplified transform, restricted to Han characters, read from the table of its rules
 * ({@value #RESOURCE}) instead of compiled by ICU: compiling its 4,177 rules took half a second of every start.
 * At each place in a text the longest phrase rule whose source occurs there applies (乾隆 stays 乾隆, 鬼子薑
 * becomes 鬼子姜), else the rule of the character (薑 → 姜), else the character stays. ICU applies the first rule
 * that matches and refuses rules masked by an earlier one, so its first match is the longest: the same result,
 * which {@code SimplifiedFormsTest} checks against ICU's own transform.
 */
final class SimplifiedForms {
    static final String RESOURCE = "traditional-simplified.txt";
    private static final Pattern RULE = Pattern.compile("([^\\s{}\\[\\]$:'\\\\<>|;#]+) > ([^\\s{}\\[\\]$:'\\\\<>|;#]*);");

    /** One rule of the table: its source becomes its target. */
    record Rule(String source, String target) {
    }

    private final Map<Integer, String> characters = new HashMap<>();
    /** Phrase rules by their first character, longest source first. */
    private final Map<Integer, List<Rule>> phrases = new HashMap<>();

    private SimplifiedForms(List<Rule> rules) {
        for (Rule rule : rules) {
            if (rule.source().codePointCount(0, rule.source().length()) == 1) {
                characters.put(rule.source().codePointAt(0), rule.target());
            } else {
                phrases.computeIfAbsent(rule.source().codePointAt(0), first -> new ArrayList<>()).add(rule);
            }
        }
        phrases.values().forEach(list -> list.sort(Comparator.comparingInt((Rule rule) -> rule.source().length())
                .reversed()));
    }

    static SimplifiedForms load() {
        return new SimplifiedForms(rules());
    }

    /** The table's rules in the order written; fails on a line that is not a comment or a rule. */
    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (String line : TableLines.of(RESOURCE)) {
            Matcher rule = RULE.matcher(line.strip());
            if (!rule.matches()) {
                throw new IllegalStateException(RESOURCE + ": not a rule of the form 'source > target;': " + line);
            }
            rules.add(new Rule(rule.group(1), rule.group(2)));
        }
        return rules;
    }

    String of(String text) {
        StringBuilder result = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            Rule phrase = phraseAt(text, i, codePoint);
            if (phrase != null) {
                result.append(phrase.target());
                i += phrase.source().length();
                continue;
            }
            String simplified = characters.get(codePoint);
            if (simplified == null) {
                result.appendCodePoint(codePoint);
            } else {
                result.append(simplified);
            }
            i += Character.charCount(codePoint);
        }
        return result.toString();
    }

    private Rule phraseAt(String text, int start, int firstCharacter) {
        for (Rule rule : phrases.getOrDefault(firstCharacter, List.of())) {
            if (text.startsWith(rule.source(), start)) {
                return rule;
            }
        }
        return null;
    }
}
