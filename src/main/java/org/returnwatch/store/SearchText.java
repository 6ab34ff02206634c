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
import org.returnwatch.names.NameReadings;

/**
 * The words the search box matches: lower case, accents folded, so that "tohti" finds "Tõhti";
 * hyphens and apostrophes dropped inside a word ("Siu-ming" is "siuming", "Ch'en" is "chen"), its
 * parts indexed too. A word in Chinese (Han) script is indexed with all its suffixes, since such
 * names are not split by spaces and a search for part of one should still match, and in simplified
 * script too. A person's name ({@link Name}) is indexed with every reading of it
 * ({@link NameReadings}): pinyin, Wade–Giles, Cantonese, both character sets, any word order.
 */
public final class SearchText {
    static final int MAX_WORD = 100;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\-'’]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]+");
    private static final Pattern HYPHENS = Pattern.compile("-+");
    /** Pinyin or Jyutping with tone numbers ("wang2", "xiao3ming2"): the numbers are dropped. */
    private static final Pattern TONE_NUMBERS = Pattern.compile("(\\p{IsLatin}+[1-6])+");

    /** A person's name among a record's texts: indexed with its readings in other scripts and spellings. */
    public record Name(String text) {
        @Override
        public String toString() {
            return text == null ? "" : text;
        }
    }

    /** One word of a query: a record matches when one of its words starts with one of the alternatives. */
    record Term(List<String> alternatives) {
    }

    private SearchText() {
    }

    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The words of a text as written, in order, without repeats; hyphens and apostrophes still in. */
    private static List<String> rawTokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : SEPARATORS.split(normalise(text))) {
            String t = APOSTROPHES.matcher(raw).replaceAll("");
            t = HYPHENS.matcher(t).replaceAll("-").replaceAll("^-+|-+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return new ArrayList<>(out);
    }

    /** The words of a text, in order, without repeats, hyphens and apostrophes dropped. */
    static List<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : rawTokens(text)) {
            out.add(cut(t.replace("-", "")));
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
            String text = Objects.toString(part);
            List<String> texts = new ArrayList<>();
            texts.add(text);
            if (part instanceof Name) {
                texts.addAll(NameReadings.searchForms(text));
            }
            for (String t : texts) {
                for (String raw : rawTokens(t)) {
                    addWord(words, raw);
                }
            }
        }
        return words;
    }

    private static void addWord(Set<String> words, String raw) {
        String joined = cut(raw.replace("-", ""));
        words.add(joined);
        if (raw.contains("-")) {
            for (String p : raw.split("-")) {
                words.add(cut(p));
            }
        }
        if (NameReadings.hasHan(joined)) {
            for (String form : new LinkedHashSet<>(List.of(joined, cut(NameReadings.simplified(joined))))) {
                words.add(form);
                for (int i = form.offsetByCodePoints(0, 1); i < form.length(); i = form.offsetByCodePoints(i, 1)) {
                    words.add(form.substring(i));
                }
            }
        }
    }

    /**
     * The words of a query, each of which a match must have a word starting with. A word in
     * characters may also be met in simplified script or by its pinyin ("王曉明" finds a name stored
     * as 王晓明 or only as "Wang Xiaoming").
     */
    static List<Term> terms(String query) {
        List<Term> out = new ArrayList<>();
        for (String t : tokens(query)) {
            Set<String> alternatives = new LinkedHashSet<>();
            alternatives.add(TONE_NUMBERS.matcher(t).matches() ? t.replaceAll("[1-6]", "") : t);
            if (NameReadings.hasHan(t)) {
                alternatives.add(cut(NameReadings.simplified(t)));
                alternatives.addAll(NameReadings.pinyinOfQuery(t));
            }
            out.add(new Term(List.copyOf(alternatives)));
        }
        return out;
    }

    private static String cut(String t) {
        return t.length() > MAX_WORD ? t.substring(0, MAX_WORD) : t;
    }
}
