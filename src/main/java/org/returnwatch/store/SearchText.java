package org.returnwatch.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words the search box matches: lower case, accents folded, so that "tohti" finds "Tõhti".
 * A word in Chinese (Han) script is indexed with all its suffixes, since such names are not split
 * by spaces and a search for part of one should still match; other words match from their start.
 */
public final class SearchText {
    static final int MAX_WORD = 100;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\-']+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\-']+|[\\-']+$");

    private SearchText() {
    }

    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The words of a text, in order, without repeats. */
    static List<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : SEPARATORS.split(normalise(text))) {
            String t = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (!t.isEmpty()) {
                out.add(t.length() > MAX_WORD ? t.substring(0, MAX_WORD) : t);
            }
        }
        return new ArrayList<>(out);
    }

    /** What is stored in the index for a record's texts. */
    static Set<String> indexWords(Collection<?> parts) {
        Set<String> words = new LinkedHashSet<>();
        for (Object part : parts) {
            if (part == null) {
                continue;
            }
            for (String t : tokens(Objects.toString(part))) {
                words.add(t);
                if (hasHan(t)) {
                    for (int i = t.offsetByCodePoints(0, 1); i < t.length(); i = t.offsetByCodePoints(i, 1)) {
                        words.add(t.substring(i));
                    }
                }
            }
        }
        return words;
    }

    /** The words of a query, each of which a match must have a word starting with. */
    static List<String> terms(String query) {
        return tokens(query);
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
