package org.returnwatch.names;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Chinese characters through ICU4J's transforms: Mandarin readings ({@code Han-Latin}, and
 * {@code Han-Latin/Names}, which reads a surname as a surname: 曾 zēng, 单 shàn, 解 xiè) and the
 * traditional/simplified conversions ({@code Hant-Hans}, {@code Hans-Hant}). ICU's transforms take
 * about a second to load and a tenth of a millisecond a character, so they are loaded on first use
 * and each character's answer is kept.
 */
final class HanScript {
    /** Tone marks go; the diaeresis of ü stays, since lü and lu are different syllables. */
    private static final Pattern TONE_MARKS = Pattern.compile("[\\p{M}&&[^\\u0308]]+");

    private static final Map<Integer, String> GIVEN = new ConcurrentHashMap<>();
    private static final Map<Integer, String> SURNAME = new ConcurrentHashMap<>();
    private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();
    private static final Map<Integer, String> TRADITIONAL = new ConcurrentHashMap<>();

    private HanScript() {
    }

    /** ICU's transforms, loaded once on first use. */
    private static final class Icu {
        static final Transliterator READING = Transliterator.getInstance("Han-Latin");
        static final Transliterator NAME_READING = Transliterator.getInstance("Han-Latin/Names");
        static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");
        static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(HanScript::isHan);
    }

    static String simplified(String s) {
        return perCharacter(s, SIMPLIFIED, Icu.TO_SIMPLIFIED);
    }

    static String traditional(String s) {
        return perCharacter(s, TRADITIONAL, Icu.TO_TRADITIONAL);
    }

    /** The toneless Mandarin syllable of one character ("xiao", "lü"); read as a surname when asked. */
    static String mandarin(int cp, boolean asSurname) {
        Map<Integer, String> cache = asSurname ? SURNAME : GIVEN;
        return cache.computeIfAbsent(cp, c -> toneless(apply(asSurname ? Icu.NAME_READING : Icu.READING,
                new String(Character.toChars(c)))));
    }

    static String toneless(String pinyin) {
        String decomposed = Normalizer.normalize(pinyin, Normalizer.Form.NFD);
        return Normalizer.normalize(TONE_MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT).strip();
    }

    private static String perCharacter(String s, Map<Integer, String> cache, Transliterator t) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.append(isHan(cp)
                ? cache.computeIfAbsent(cp, c -> apply(t, new String(Character.toChars(c))))
                : new String(Character.toChars(cp))));
        return out.toString();
    }

    /** ICU's transliterators keep working state, so one thread at a time. */
    private static String apply(Transliterator t, String s) {
        synchronized (t) {
            return t.transliterate(s);
        }
    }
}
