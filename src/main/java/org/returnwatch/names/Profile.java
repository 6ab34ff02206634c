package org.returnwatch.names;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.returnwatch.names.Reading.Scheme;

/** A person's names read once: the keys of every reading of the name and of each alias. */
final class Profile {
    final Person person;
    /** Key of a reading of the name or native name → the schemes that gave it. */
    final Map<String, Set<Scheme>> nameKeys = new HashMap<>();
    /** Key of a reading of an alias → the alias as written. */
    final Map<String, String> aliasKeys = new LinkedHashMap<>();
    /** The name in simplified characters, when the record has one in characters. */
    final String characters;

    Profile(Person p) {
        this.person = p;
        String chars = null;
        for (String n : new String[] {p.name(), p.nativeName()}) {
            for (Reading r : NameReadings.of(n)) {
                if (r.scheme() == Scheme.CHARACTERS) {
                    chars = chars == null ? r.key().substring(4) : chars;
                } else {
                    nameKeys.computeIfAbsent(r.key(), k -> EnumSet.noneOf(Scheme.class)).add(r.scheme());
                }
            }
        }
        this.characters = chars;
        for (String a : p.aliases()) {
            for (Reading r : NameReadings.of(a)) {
                aliasKeys.putIfAbsent(r.key(), a);
            }
        }
    }

    /** The keys two records must share one of to be compared at all. */
    Set<String> blockingKeys() {
        Set<String> keys = new HashSet<>(nameKeys.keySet());
        keys.addAll(aliasKeys.keySet());
        if (characters != null) {
            keys.add("han:" + characters);
        }
        return keys;
    }
}
