package org.returnwatch.exchange;

import java.lang.Character.UnicodeScript;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces every protected name (a case's name, native name and aliases, a person's name among the
 * actors) found in a kept text by that person's code, whatever its case. A name in a Latin or other
 * spaced script is matched as whole words only ("Li" is not replaced inside "police"); a name in Han
 * script, written without spaces, is matched wherever it appears. Longer names are tried first, so
 * "Kevin Garratt" is replaced whole before "Kevin" could be.
 */
final class NameScrubber {
    private final Pattern pattern;
    private final Map<String, String> codes;

    NameScrubber(Map<String, String> nameToCode) {
        this.codes = new HashMap<>();
        nameToCode.forEach((name, code) -> {
            if (name != null && name.strip().length() >= 2) {
                codes.putIfAbsent(key(name.strip()), code);
            }
        });
        List<String> names = nameToCode.keySet().stream().filter(n -> n != null && n.strip().length() >= 2)
                .map(String::strip).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.pattern = names.isEmpty() ? null : Pattern.compile(names.stream().map(NameScrubber::alternative)
                .collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    String scrub(String text) {
        if (text == null || pattern == null) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(codes.getOrDefault(key(r.group()), "[name]")));
    }

    private static String alternative(String name) {
        StringBuilder p = new StringBuilder();
        if (spaced(name.codePointAt(0))) {
            p.append("(?<![\\p{L}\\p{N}])");
        }
        p.append(Pattern.quote(name));
        if (spaced(name.codePointBefore(name.length()))) {
            p.append("(?![\\p{L}\\p{N}])");
        }
        return p.toString();
    }

    /** Letters and digits of scripts that separate words by spaces, where a name must be a whole word. */
    private static boolean spaced(int cp) {
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        UnicodeScript s = UnicodeScript.of(cp);
        return s != UnicodeScript.HAN && s != UnicodeScript.HIRAGANA && s != UnicodeScript.KATAKANA
                && s != UnicodeScript.THAI;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
