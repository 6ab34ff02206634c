package org.returnwatch.names;

import java.util.List;
import java.util.Map;

/**
 * A toneless pinyin syllable respelt in Wade–Giles, the romanisation of Taiwanese records and of
 * older writing ("Hsiao", "Ch'en", "Chang"). ICU4J has no Wade–Giles transform, so this is a small
 * rule table of our own, after the Library of Congress "Pinyin/Wade-Giles conversion table"
 * (https://www.loc.gov/catdir/pinyin/romcover.html) and the conversion table in Wilkinson,
 * "Chinese History: A New Manual" (2018), appendix on romanisation: whole syllables that change
 * shape first, then initials and finals.
 */
final class WadeGiles {
    private static final Map<String, String> WHOLE = Map.ofEntries(
            Map.entry("zhi", "chih"), Map.entry("chi", "ch'ih"), Map.entry("shi", "shih"), Map.entry("ri", "jih"),
            Map.entry("zi", "tzu"), Map.entry("ci", "tz'u"), Map.entry("si", "ssu"),
            Map.entry("yi", "i"), Map.entry("you", "yu"), Map.entry("yan", "yen"), Map.entry("ye", "yeh"),
            Map.entry("yong", "yung"), Map.entry("yu", "yü"), Map.entry("yue", "yüeh"), Map.entry("yuan", "yüan"),
            Map.entry("yun", "yün"), Map.entry("er", "erh"), Map.entry("e", "o"),
            Map.entry("ge", "ko"), Map.entry("ke", "k'o"), Map.entry("he", "ho"),
            Map.entry("gui", "kuei"), Map.entry("kui", "k'uei"),
            Map.entry("guo", "kuo"), Map.entry("kuo", "k'uo"), Map.entry("huo", "huo"), Map.entry("shuo", "shuo"));

    /** Longest first, so that zh is tried before z. */
    private static final List<String[]> INITIALS = List.of(
            new String[] {"zh", "ch"}, new String[] {"ch", "ch'"}, new String[] {"sh", "sh"},
            new String[] {"b", "p"}, new String[] {"p", "p'"}, new String[] {"m", "m"}, new String[] {"f", "f"},
            new String[] {"d", "t"}, new String[] {"t", "t'"}, new String[] {"n", "n"}, new String[] {"l", "l"},
            new String[] {"g", "k"}, new String[] {"k", "k'"}, new String[] {"h", "h"},
            new String[] {"j", "ch"}, new String[] {"q", "ch'"}, new String[] {"x", "hs"},
            new String[] {"r", "j"}, new String[] {"z", "ts"}, new String[] {"c", "ts'"}, new String[] {"s", "s"},
            new String[] {"y", "y"}, new String[] {"w", "w"});

    private WadeGiles() {
    }

    static String fromPinyin(String syllable) {
        String whole = WHOLE.get(syllable);
        if (whole != null) {
            return whole;
        }
        for (String[] initial : INITIALS) {
            if (syllable.startsWith(initial[0]) && syllable.length() > initial[0].length()) {
                String p = initial[0];
                return initial[1] + fin(p, syllable.substring(p.length()));
            }
        }
        return fin("", syllable);
    }

    private static String fin(String initial, String fin) {
        boolean palatal = initial.equals("j") || initial.equals("q") || initial.equals("x");
        if (palatal && fin.startsWith("u")) {
            // ju, qu, xu, jue, juan, jun are ü-syllables written without the dots in pinyin
            fin = "ü" + fin.substring(1);
        }
        return switch (fin) {
            case "ong" -> "ung";
            case "iong" -> "iung";
            case "ian" -> "ien";
            case "ie" -> "ieh";
            case "üe", "ue" -> "üeh";
            case "uo" -> "o";
            case "e" -> initial.isEmpty() ? "o" : "e";
            default -> fin;
        };
    }
}
