package org.returnwatch.names;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.returnwatch.names.Reading.Scheme;

/**
 * Scores how likely two records are one person, and says why. The name carries most of the weight:
 * the same name in any reading (as written, pinyin, Wade–Giles, Cantonese; any word order) gives 60,
 * an alias of one matching a name or alias of the other 50 (70 with both). The same characters add 20;
 * different characters take 50 off, since 王晓明 and 汪晓明 are two people with one pinyin. The same
 * city adds 15 (the same country 5), countries that differ take 25 off; the same role adds 5.
 * The scale is 0–100; {@link #PROPOSED} and above is worth a caseworker's look.
 */
public final class PersonMatcher {
    public static final int PROPOSED = 60;

    private PersonMatcher() {
    }

    public static Likeness compare(Person a, Person b) {
        return compare(new Profile(a), new Profile(b));
    }

    static Likeness compare(Profile a, Profile b) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        String nameReason = nameReason(a, b);
        String aliasReason = aliasReason(a, b);
        if (nameReason != null && aliasReason != null) {
            score += 70;
        } else if (nameReason != null) {
            score += 60;
        } else if (aliasReason != null) {
            score += 50;
        }
        if (a.characters != null && b.characters != null) {
            if (a.characters.equals(b.characters)) {
                score += 20;
                reasons.add("same name in characters");
            } else {
                score -= 50;
                reasons.add("different names in characters (" + a.characters + ", " + b.characters + ")");
            }
        }
        if (nameReason != null) {
            reasons.add(nameReason);
        }
        if (aliasReason != null) {
            reasons.add(aliasReason);
        }
        Person p = a.person;
        Person q = b.person;
        if (same(p.city(), q.city())) {
            score += 15;
            reasons.add("both in " + p.city());
        } else if (same(p.country(), q.country())) {
            score += 5;
            reasons.add("both in " + p.country());
        }
        if (known(p.country()) && known(q.country()) && !same(p.country(), q.country())) {
            score -= 25;
            reasons.add("one in " + p.country() + ", the other in " + q.country());
        }
        if (same(p.role(), q.role())) {
            score += 5;
            reasons.add("same role (" + p.role() + ")");
        }
        return new Likeness(Math.max(0, Math.min(100, score)), reasons);
    }

    /** Why the names match, in the plainest words that are true; null when they do not. */
    private static String nameReason(Profile a, Profile b) {
        Set<Scheme> seen = EnumSet.noneOf(Scheme.class);
        for (Map.Entry<String, Set<Scheme>> e : a.nameKeys.entrySet()) {
            Set<Scheme> other = b.nameKeys.get(e.getKey());
            if (other != null) {
                seen.addAll(e.getValue());
                seen.addAll(other);
                if (e.getValue().contains(Scheme.AS_WRITTEN) && other.contains(Scheme.AS_WRITTEN)) {
                    return "same name";
                }
            }
        }
        if (seen.isEmpty()) {
            return null;
        }
        if (seen.contains(Scheme.PINYIN)) {
            return "pinyin matches";
        }
        if (seen.contains(Scheme.WADE_GILES)) {
            return "Wade–Giles spelling matches";
        }
        return "Cantonese spelling matches";
    }

    private static String aliasReason(Profile a, Profile b) {
        for (Map.Entry<String, String> e : a.aliasKeys.entrySet()) {
            if (b.nameKeys.containsKey(e.getKey()) || b.aliasKeys.containsKey(e.getKey())
                    || e.getKey().equals("han:" + b.characters)) {
                return "alias “" + e.getValue() + "” matches";
            }
        }
        for (Map.Entry<String, String> e : b.aliasKeys.entrySet()) {
            if (a.nameKeys.containsKey(e.getKey()) || e.getKey().equals("han:" + a.characters)) {
                return "alias “" + e.getValue() + "” matches";
            }
        }
        return null;
    }

    private static boolean known(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean same(String x, String y) {
        return known(x) && known(y) && Objects.equals(NameText.fold(x).strip(), NameText.fold(y).strip());
    }

}
