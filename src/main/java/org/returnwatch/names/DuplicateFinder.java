package org.returnwatch.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * Likely duplicates among many records without comparing every pair: records are compared only when
 * they share a reading of a name or alias (a key), so 100,000 records cost about as many readings, not
 * ten billion comparisons.
 */
public final class DuplicateFinder {
    /** Two records that may be one person, the first the one with the smaller identifier text. */
    public record Pair(UUID first, UUID second, Likeness likeness) {
    }

    private DuplicateFinder() {
    }

    /** Every pair scoring {@code minScore} or more, best first, except those {@code excluded} says to skip. */
    public static List<Pair> among(List<Person> people, int minScore, BiPredicate<UUID, UUID> excluded) {
        List<Profile> profiles = people.stream().map(Profile::new).toList();
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            for (String k : profiles.get(i).blockingKeys()) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> compared = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (List<Integer> block : byKey.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = Math.min(block.get(x), block.get(y));
                    int j = Math.max(block.get(x), block.get(y));
                    if (i != j && compared.add((long) i * profiles.size() + j)) {
                        pair(profiles.get(i), profiles.get(j), minScore, excluded).ifPresent(out::add);
                    }
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** The records among {@code others} that may be the same person as {@code one}, best first. */
    public static List<Pair> of(Person one, List<Person> others, int minScore, BiPredicate<UUID, UUID> excluded) {
        Profile p = new Profile(one);
        List<Pair> out = new ArrayList<>();
        for (Person o : others) {
            if (!o.id().equals(one.id())) {
                pair(p, new Profile(o), minScore, excluded).ifPresent(out::add);
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** The words of the search index under which records that may be this person are found. */
    public static Set<String> lookupWords(Person p) {
        Set<String> words = new HashSet<>();
        for (String n : allNames(p)) {
            for (Reading r : NameReadings.of(n)) {
                List<String> joined = r.words().stream().map(w -> NameText.fold(String.join("", w))).toList();
                words.add(String.join("", joined));
            }
        }
        words.remove("");
        return words;
    }

    private static List<String> allNames(Person p) {
        List<String> names = new ArrayList<>();
        names.add(p.name());
        names.add(p.nativeName());
        names.addAll(p.aliases());
        names.removeIf(n -> n == null || n.isBlank());
        return names;
    }

    private static final Comparator<Pair> ORDER = Comparator.comparingInt((Pair p) -> -p.likeness().score())
            .thenComparing(p -> p.first().toString()).thenComparing(p -> p.second().toString());

    private static java.util.Optional<Pair> pair(Profile a, Profile b, int minScore, BiPredicate<UUID, UUID> excluded) {
        UUID x = a.person.id();
        UUID y = b.person.id();
        if (x.toString().compareTo(y.toString()) > 0) {
            UUID t = x;
            x = y;
            y = t;
        }
        if (excluded.test(x, y)) {
            return java.util.Optional.empty();
        }
        Likeness l = PersonMatcher.compare(a, b);
        return l.score() >= minScore ? java.util.Optional.of(new Pair(x, y, l)) : java.util.Optional.empty();
    }
}
