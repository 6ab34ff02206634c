package org.returnwatch.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cantonese readings of name characters, spelt as Hong Kong records spell them ("Wong Siu-ming",
 * "Cheung", "Tsang") and in Jyutping. ICU4J has no Cantonese: the readings come from our small table
 * {@code cantonese.tsv} (its header cites its source), and Jyutping is respelt by the rules of the
 * Hong Kong Government Cantonese Romanisation (the spelling of Hong Kong identity cards; table of
 * initials and finals in Bauer &amp; Benedict, "Modern Cantonese Phonology", 1997, and the government's
 * "Chinese Surnames in Romanisation" list). That spelling was never fixed: z and c are written ch or
 * ts, ei as ei or ee, so each syllable gets every usual spelling, the most usual first.
 */
final class Cantonese {
    private record Entry(List<String> readings, String surname) {
    }

    private static final class Table {
        static final Map<Integer, Entry> ENTRIES = load();
    }

    /** Syllables whose Hong Kong spelling no rule gives: 志 Chi or 子 Tsz, 施 Sze, 余 Yu, 阮 Yuen, 吳 Ng. */
    private static final Map<String, List<String>> WHOLE = Map.of(
            "zi", List.of("chi", "tsz", "tze"), "ci", List.of("chi", "tsz", "tsze"), "si", List.of("sze", "si", "shi"),
            "ji", List.of("yee", "yi"), "jyu", List.of("yu", "yue"), "jyun", List.of("yuen", "yun"),
            "jyut", List.of("yuet", "yut"), "ng", List.of("ng"), "m", List.of("m"));

    /** Longest first, so that gw is tried before g. */
    private static final List<String[]> INITIALS = List.of(
            new String[] {"gw", "kw"}, new String[] {"kw", "kw"}, new String[] {"ng", "ng"},
            new String[] {"b", "p"}, new String[] {"p", "p"}, new String[] {"m", "m"}, new String[] {"f", "f"},
            new String[] {"d", "t"}, new String[] {"t", "t"}, new String[] {"n", "n"}, new String[] {"l", "l"},
            new String[] {"g", "k"}, new String[] {"k", "k"}, new String[] {"h", "h"}, new String[] {"w", "w"},
            new String[] {"z", "ch", "ts"}, new String[] {"c", "ch", "ts"}, new String[] {"s", "s", "sh"},
            new String[] {"j", "y"});

    private static final Map<String, String[]> FINALS = Map.ofEntries(
            Map.entry("aa", new String[] {"a", "ah"}), Map.entry("aai", new String[] {"ai"}),
            Map.entry("aau", new String[] {"au"}), Map.entry("aam", new String[] {"am"}),
            Map.entry("aan", new String[] {"an"}), Map.entry("aang", new String[] {"ang"}),
            Map.entry("aap", new String[] {"ap"}), Map.entry("aat", new String[] {"at"}),
            Map.entry("aak", new String[] {"ak"}), Map.entry("au", new String[] {"au", "ow"}),
            Map.entry("ei", new String[] {"ei", "ee"}), Map.entry("i", new String[] {"i", "ee"}),
            Map.entry("o", new String[] {"o", "oh"}), Map.entry("ou", new String[] {"o", "ou"}),
            Map.entry("oe", new String[] {"euh", "oe"}), Map.entry("oeng", new String[] {"eung"}),
            Map.entry("oek", new String[] {"euk"}), Map.entry("eoi", new String[] {"ui", "eui"}),
            Map.entry("eon", new String[] {"un", "eun"}), Map.entry("eot", new String[] {"ut", "eut"}),
            Map.entry("u", new String[] {"u", "oo"}), Map.entry("ui", new String[] {"ui", "ooi"}),
            Map.entry("un", new String[] {"un", "oon"}), Map.entry("yu", new String[] {"u", "yu"}),
            Map.entry("yun", new String[] {"uen", "un"}), Map.entry("yut", new String[] {"uet", "ut"}));

    /** Finals after which Hong Kong writes z and c as ts rather than ch: 謝 Tse, 徐 Tsui, 曾 Tsang, 曹 Tso. */
    private static final java.util.Set<String> TS_FIRST = java.util.Set.of("e", "eoi", "ang", "ou", "o");

    private Cantonese() {
    }

    /** The Jyutping readings of a character, as a surname when asked; empty when the table lacks it. */
    static List<String> jyutping(int cp, boolean asSurname) {
        Entry e = Table.ENTRIES.get(cp);
        if (e == null) {
            String traditional = HanScript.traditional(new String(Character.toChars(cp)));
            e = Table.ENTRIES.get(traditional.codePointAt(0));
        }
        if (e == null) {
            return List.of();
        }
        return asSurname && e.surname() != null ? List.of(e.surname()) : e.readings();
    }

    /** The Hong Kong spellings of one toneless Jyutping syllable, the most usual first. */
    static List<String> hongKong(String jyutping) {
        List<String> whole = WHOLE.get(jyutping);
        if (whole != null) {
            return whole;
        }
        String initial = "";
        List<String> initials = List.of("");
        for (String[] i : INITIALS) {
            if (jyutping.startsWith(i[0]) && jyutping.length() > i[0].length()) {
                initial = i[0];
                initials = List.of(i).subList(1, i.length);
                break;
            }
        }
        String fin = jyutping.substring(initial.length());
        if (initials.size() == 2 && initials.get(1).equals("ts") && TS_FIRST.contains(fin)) {
            initials = List.of("ts", "ch");
        }
        String[] f = FINALS.get(fin);
        List<String> finals = f != null ? List.of(f) : List.of(fin);
        List<String> out = new ArrayList<>();
        for (String i : initials) {
            for (String fn : finals) {
                String s = i + fn;
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static Map<Integer, Entry> load() {
        Map<Integer, Entry> out = new HashMap<>();
        try (InputStream in = Cantonese.class.getResourceAsStream("cantonese.tsv")) {
            if (in == null) {
                throw new IllegalStateException("cantonese.tsv is missing from the program");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    out.put(f[0].codePointAt(0), new Entry(List.of(f[1].split(" ")), f.length > 2 ? f[2] : null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
