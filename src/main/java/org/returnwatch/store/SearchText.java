package org.returnwatch.store;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The normalised text the search box matches: lower case, accents folded, so that "tohti" finds
 * "Tohti" and "xie" finds "Xie"; characters of other scripts (Chinese names) are kept as they are.
 */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return SPACES.matcher(Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
    }

    static String of(Collection<?> parts) {
        return parts.stream().filter(Objects::nonNull).map(Object::toString).map(SearchText::normalise)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" \u0001 "));
    }

    /** The words of a query, each of which a match must contain. */
    static List<String> terms(String query) {
        String q = normalise(query);
        return q.isEmpty() ? List.of() : Arrays.asList(q.split(" "));
    }

    /** A LIKE pattern matching {@code term} anywhere, with LIKE's wildcards escaped. */
    static String containsPattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
