package org.returnwatch.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The plain-text side of names: folding for comparison, and the words a name is written in. */
public final class NameText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern JOINERS = Pattern.compile("['’‘`\\-‐‑]");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}'’‘`\\-‐‑]+");

    private NameText() {
    }

    /** Lower case, accents and tone marks off, hyphens and apostrophes out: "Ch'en" and "chen" compare equal. */
    public static String fold(String s) {
        String noMarks = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return JOINERS.matcher(Normalizer.normalize(noMarks, Normalizer.Form.NFC)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** The words of a name as written, each split at its hyphens ("Siu-ming" → Siu, ming). */
    static List<List<String>> words(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String raw : NOT_NAME.split(text.strip())) {
            List<String> parts = new ArrayList<>();
            for (String p : raw.split("[\\-‐‑]+")) {
                if (!p.isEmpty() && !JOINERS.matcher(p).replaceAll("").isEmpty()) {
                    parts.add(p);
                }
            }
            if (!parts.isEmpty()) {
                out.add(parts);
            }
        }
        return out;
    }
}
