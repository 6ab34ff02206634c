package org.returnwatch.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One way of writing a name: its words (surname and given name, or the words as written), each a
 * list of syllables, in one scheme. {@code display()} writes it as a person would ("Wang Xiaoming",
 * "Wang Hsiao-ming", "Wong Siu-ming", "王晓明"); {@code key()} is the same name whatever the word
 * order, spacing, hyphens or tone marks, so that two spellings of one person compare equal.
 */
public record Reading(Scheme scheme, List<List<String>> words) {

    public Reading {
        words = words.stream().map(List::copyOf).toList();
    }

    /** The writing systems a name is read in. */
    public enum Scheme {
        AS_WRITTEN("as written"),
        CHARACTERS("Chinese characters"),
        PINYIN("pinyin"),
        WADE_GILES("Wade–Giles"),
        CANTONESE("Cantonese, as in Hong Kong records"),
        JYUTPING("Jyutping");

        private final String label;

        Scheme(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public List<String> syllables() {
        return words.stream().flatMap(List::stream).toList();
    }

    /** How a person would write it: words capitalised, syllables joined as the scheme joins them. */
    public String display() {
        if (scheme == Scheme.CHARACTERS) {
            return String.join("", syllables());
        }
        String joiner = scheme == Scheme.PINYIN ? "" : "-";
        List<String> out = new ArrayList<>();
        for (List<String> w : words) {
            String word = String.join(joiner, w);
            out.add(scheme == Scheme.AS_WRITTEN ? word : capitalise(word));
        }
        return String.join(" ", out);
    }

    /** The same for every order of the words and every spacing, hyphenation and accent. */
    public String key() {
        if (scheme == Scheme.CHARACTERS) {
            return "han:" + HanScript.simplified(String.join("", syllables()));
        }
        List<String> sorted = new ArrayList<>();
        for (String s : syllables()) {
            sorted.add(NameText.fold(s));
        }
        Collections.sort(sorted);
        return String.join(" ", sorted);
    }

    /**
     * What the search index should hold for this reading: the name as written, every syllable, each
     * word run together, and the whole name run together in both orders ("wangxiaoming",
     * "xiaomingwang"), so that spaces, hyphens and word order do not matter.
     */
    List<String> searchForms() {
        List<String> out = new ArrayList<>();
        out.add(display());
        if (scheme == Scheme.CHARACTERS) {
            return out;
        }
        out.addAll(syllables());
        List<String> joinedWords = words.stream().map(w -> String.join("", w)).toList();
        out.addAll(joinedWords);
        if (words.size() > 1) {
            out.add(String.join("", joinedWords));
            List<String> reversed = new ArrayList<>(joinedWords);
            Collections.reverse(reversed);
            out.add(String.join("", reversed));
        }
        return out;
    }

    private static String capitalise(String w) {
        if (w.isEmpty()) {
            return w;
        }
        int first = w.codePointAt(0);
        return new String(Character.toChars(Character.toTitleCase(first))) + w.substring(Character.charCount(first))
                .toLowerCase(Locale.ROOT);
    }
}
