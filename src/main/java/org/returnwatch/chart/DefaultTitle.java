package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.returnwatch.domain.Series;

/**
 * The title a chart gets when nobody wrote one: a sentence a reader understands, not a list of
 * names. One series is titled by its name; several by their names joined as in a sentence, with the
 * words they share said once ("Canada and U.S. removal inventory: Chinese nationals").
 */
final class DefaultTitle {

    /** Longer than this, a title runs past two lines at print size and the names give way to a count. */
    static final int MAX_LENGTH = 110;
    private static final int MIN_SHARED_WORDS = 2;

    private DefaultTitle() {
    }

    static String of(ChartRequest request) {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(request.series().stream().map(Series::name).toList()));
        if (names.size() == 1) {
            return names.get(0);
        }
        Set<String> countries = new LinkedHashSet<>();
        request.series().forEach(s -> s.countries().forEach(c -> countries.add(c.toLowerCase(Locale.ROOT))));
        List<List<String>> words = names.stream().map(n -> Arrays.asList(n.strip().split("\\s+"))).toList();
        String title = factored(words, names, countries);
        if (title.length() > MAX_LENGTH) {
            int others = names.size() - 1;
            title = lang("{0} and {1} other series", names.get(0), others);
        }
        return title;
    }

    private static String factored(List<List<String>> words, List<String> names, Set<String> countries) {
        int suffix = shared(words, true);
        if (suffix >= MIN_SHARED_WORDS) {
            List<String> heads = words.stream().map(w -> String.join(" ", w.subList(0, w.size() - suffix))).toList();
            List<String> tail = words.get(0).subList(words.get(0).size() - suffix, words.get(0).size());
            return joined(heads, names, countries, false) + " " + String.join(" ", tail);
        }
        int prefix = shared(words, false);
        if (prefix >= MIN_SHARED_WORDS) {
            List<String> tails = words.stream().map(w -> String.join(" ", w.subList(prefix, w.size()))).toList();
            return String.join(" ", words.get(0).subList(0, prefix)) + " " + joined(tails, names, countries, true);
        }
        return joined(names, names, countries, false);
    }

    /** Words every name shares at its end (or start), leaving at least one word of each name apart. */
    private static int shared(List<List<String>> words, boolean atEnd) {
        int shortest = words.stream().mapToInt(List::size).min().orElse(0);
        int n = 0;
        while (n < shortest - 1) {
            int k = n;
            String first = wordAt(words.get(0), k, atEnd);
            if (!words.stream().allMatch(w -> wordAt(w, k, atEnd).equals(first))) {
                break;
            }
            n++;
        }
        return n;
    }

    private static String wordAt(List<String> w, int k, boolean fromEnd) {
        return fromEnd ? w.get(w.size() - 1 - k) : w.get(k);
    }

    /** "A and B", "A, B and C"; a later part starts in lower case unless it starts with a name. */
    private static String joined(List<String> parts, List<String> allNames, Set<String> countries, boolean lowerAll) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            shown.add(i > 0 || lowerAll ? sentenceCase(p, allNames, countries) : p);
        }
        if (shown.size() == 2) {
            return lang("{0} and {1}", shown.get(0), shown.get(1));
        }
        return lang("{0} and {1}", String.join(", ", shown.subList(0, shown.size() - 1)), shown.get(shown.size() - 1));
    }

    /**
     * Lower-cases the first letter when the first word is an ordinary word: capitalised only because it
     * starts the name, not a country, not followed by another capitalised word ("Sky Net"), and never
     * capitalised inside a name.
     */
    static String sentenceCase(String part, List<String> allNames, Set<String> countries) {
        String[] w = part.split("\\s+");
        String first = w[0];
        if (!first.matches("\\p{Lu}\\p{Ll}+")) {
            return part;
        }
        if (w.length > 1 && Character.isUpperCase(w[1].charAt(0))) {
            return part;
        }
        String bare = first.replaceAll("'s$", "").toLowerCase(Locale.ROOT);
        if (countries.contains(bare)) {
            return part;
        }
        for (String name : allNames) {
            if (name.matches("(?s).+\\b" + java.util.regex.Pattern.quote(first) + "\\b.*")) {
                return part;
            }
        }
        return Character.toLowerCase(first.charAt(0)) + part.substring(1);
    }
}
