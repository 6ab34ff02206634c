package org.returnwatch.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.returnwatch.names.Reading.Scheme;

/**
 * Every reading of a person's name across scripts and romanisations. A name in Chinese characters is
 * read in both character sets, in pinyin (the first character, or a compound surname such as 欧阳, read
 * as a surname), in Wade–Giles and in Cantonese (Hong Kong spelling and Jyutping); a name written in
 * pinyin ("Wang Xiaoming", "Xiaoming Wang", "wang xiao-ming") is split into syllables and respelt in
 * Wade–Giles. A romanisation cannot be turned back into characters (one syllable has dozens), nor
 * Cantonese into Mandarin: those directions are met at search time instead, by reading the query.
 */
public final class NameReadings {
    /** The compound surnames of the Hundred Family Surnames (百家姓) still in use, in simplified script. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "夏侯",
            "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "端木", "申屠", "轩辕", "西门", "独孤", "南宫", "澹台",
            "万俟", "呼延", "闻人", "太史", "钟离", "宗政", "濮阳", "淳于", "单于", "赫连", "百里", "东郭", "公冶");
    /** A longer run of characters is no personal name: it is read, but not as surname and given name. */
    private static final int LONGEST_NAME = 4;
    private static final int MAX_CANTONESE = 8;
    private static final Pattern SYLLABLE = Pattern.compile("[a-zü]+");

    private NameReadings() {
    }

    /** Every reading of a name, the name as written first. */
    public static List<Reading> of(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<Reading> hanReadings = new ArrayList<>();
        List<List<String>> latinWords = new ArrayList<>();
        for (List<String> word : NameText.words(name)) {
            List<String> latinParts = new ArrayList<>();
            for (String part : word) {
                if (HanScript.hasHan(part)) {
                    hanReadings.addAll(han(part));
                } else {
                    latinParts.add(part);
                }
            }
            if (!latinParts.isEmpty()) {
                latinWords.add(latinParts);
            }
        }
        Map<String, Reading> distinct = new LinkedHashMap<>();
        for (Reading r : latin(latinWords)) {
            distinct.putIfAbsent(r.scheme() + r.display(), r);
        }
        for (Reading r : hanReadings) {
            distinct.putIfAbsent(r.scheme() + r.display(), r);
        }
        return List.copyOf(distinct.values());
    }

    /** What the search index should hold for a name, beyond its words as written. */
    public static List<String> searchForms(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (Reading r : of(name)) {
            out.addAll(r.searchForms());
        }
        return List.copyOf(out);
    }

    /**
     * The readings of these names that differ from all of them, each once, in the order pinyin,
     * Wade–Giles, Cantonese, characters: what a form shows as "also found as".
     */
    public static List<String> alsoFoundAs(Collection<String> names) {
        Set<String> written = new LinkedHashSet<>();
        List<Reading> all = new ArrayList<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                written.add(NameText.fold(n).replace(" ", ""));
                boolean cantonese = false;
                for (Reading r : of(n)) {
                    // one Cantonese spelling per name: the others are variants of the same reading
                    if (r.scheme() != Scheme.CANTONESE || !cantonese) {
                        all.add(r);
                    }
                    cantonese |= r.scheme() == Scheme.CANTONESE;
                }
            }
        }
        Map<String, String> shown = new LinkedHashMap<>();
        for (Scheme s : List.of(Scheme.PINYIN, Scheme.WADE_GILES, Scheme.CANTONESE, Scheme.CHARACTERS)) {
            for (Reading r : all) {
                String folded = NameText.fold(r.display()).replace(" ", "");
                if (r.scheme() == s && !written.contains(folded)) {
                    shown.putIfAbsent(folded, r.display());
                }
            }
        }
        return List.copyOf(shown.values());
    }

    /**
     * The pinyin of a query written in characters, run together ("王曉明" → "wangxiaoming"), so that it
     * finds a name stored only in pinyin: first with the first character read as a surname, then, when
     * that differs, as an ordinary word (曾 zeng, ceng). Empty when a character has no reading.
     */
    public static List<String> pinyinOfQuery(String han) {
        Set<String> out = new LinkedHashSet<>();
        for (boolean surname : new boolean[] {true, false}) {
            StringBuilder joined = new StringBuilder();
            int[] cps = han.codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                if (!HanScript.isHan(cps[i])) {
                    return List.of();
                }
                String s = HanScript.mandarin(cps[i], surname && i == 0);
                if (!SYLLABLE.matcher(s).matches()) {
                    return List.of();
                }
                joined.append(s);
            }
            out.add(joined.toString());
        }
        return List.copyOf(out);
    }

    /** A text in simplified characters, for matching either script. */
    public static String simplified(String text) {
        return HanScript.hasHan(text) ? HanScript.simplified(text) : text;
    }

    public static boolean hasHan(String text) {
        return HanScript.hasHan(text);
    }

    private static List<Reading> latin(List<List<String>> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        List<Reading> out = new ArrayList<>();
        out.add(new Reading(Scheme.AS_WRITTEN, words));
        List<List<String>> pinyin = new ArrayList<>();
        for (List<String> word : words) {
            List<String> syllables = new ArrayList<>();
            for (String part : word) {
                Optional<List<String>> split = PinyinSyllables.split(
                        HanScript.toneless(part).replaceAll("['’‘`]", "").replace('v', 'ü'));
                if (split.isEmpty()) {
                    return out;
                }
                syllables.addAll(split.get());
            }
            pinyin.add(syllables);
        }
        out.add(new Reading(Scheme.PINYIN, pinyin));
        out.add(wadeGiles(pinyin));
        return out;
    }

    private static List<Reading> han(String run) {
        List<Reading> out = new ArrayList<>();
        String simplified = HanScript.simplified(run);
        String traditional = HanScript.traditional(simplified);
        for (String chars : new LinkedHashSet<>(List.of(run, simplified, traditional))) {
            out.add(new Reading(Scheme.CHARACTERS, List.of(chars.codePoints()
                    .mapToObj(cp -> new String(Character.toChars(cp))).toList())));
        }
        int[] cps = run.codePoints().toArray();
        int surnameLength = cps.length > LONGEST_NAME ? 0
                : cps.length >= 3
                        && COMPOUND_SURNAMES.contains(simplified.substring(0, simplified.offsetByCodePoints(0, 2)))
                ? 2 : 1;
        List<List<String>> pinyin = new ArrayList<>();
        List<String> word = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            String s = HanScript.mandarin(cps[i], i < surnameLength);
            if (!SYLLABLE.matcher(s).matches()) {
                return out;
            }
            word.add(s);
            if (i == surnameLength - 1) {
                pinyin.add(word);
                word = new ArrayList<>();
            }
        }
        if (!word.isEmpty()) {
            pinyin.add(word);
        }
        out.add(new Reading(Scheme.PINYIN, pinyin));
        out.add(wadeGiles(pinyin));
        if (surnameLength > 0) {
            out.addAll(cantonese(cps, surnameLength));
        }
        return out;
    }

    private static Reading wadeGiles(List<List<String>> pinyin) {
        return new Reading(Scheme.WADE_GILES, pinyin.stream()
                .map(w -> w.stream().map(WadeGiles::fromPinyin).toList()).toList());
    }

    /** Every combination of each character's readings and spellings, up to a few: the usual ones come first. */
    private static List<Reading> cantonese(int[] cps, int surnameLength) {
        List<List<String>> jyutping = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            List<String> readings = Cantonese.jyutping(cps[i], i < surnameLength);
            if (readings.isEmpty()) {
                return List.of();
            }
            jyutping.add(readings);
        }
        List<Reading> out = new ArrayList<>();
        for (List<String> j : combinations(jyutping, MAX_CANTONESE)) {
            out.add(new Reading(Scheme.JYUTPING, split(j, surnameLength)));
        }
        List<List<String>> spellings = new ArrayList<>();
        for (List<String> readings : jyutping) {
            List<String> s = new ArrayList<>();
            readings.forEach(r -> s.addAll(Cantonese.hongKong(r)));
            spellings.add(s);
        }
        for (List<String> s : combinations(spellings, MAX_CANTONESE)) {
            out.add(new Reading(Scheme.CANTONESE, split(s, surnameLength)));
        }
        return out;
    }

    private static List<List<String>> split(List<String> syllables, int surnameLength) {
        List<List<String>> words = new ArrayList<>();
        words.add(syllables.subList(0, surnameLength));
        if (syllables.size() > surnameLength) {
            words.add(syllables.subList(surnameLength, syllables.size()));
        }
        return words;
    }

    /** The first {@code max} combinations, varying the last position fastest. */
    private static List<List<String>> combinations(List<List<String>> choices, int max) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<String> options : choices) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String o : options) {
                    List<String> c = new ArrayList<>(prefix);
                    c.add(o);
                    next.add(c);
                }
            }
            out = next;
        }
        // keep the usual choice of every character first: order by how many positions left their first option
        out.sort(java.util.Comparator.comparingInt(c -> {
            int n = 0;
            for (int i = 0; i < c.size(); i++) {
                n += choices.get(i).indexOf(c.get(i));
            }
            return n;
        }));
        return out.subList(0, Math.min(max, out.size()));
    }
}
