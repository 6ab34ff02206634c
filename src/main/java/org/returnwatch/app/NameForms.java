package org.returnwatch.app;

import java.util.ArrayList;
import java.util.List;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Case;
import org.returnwatch.names.NameReadings;

/**
 * The other spellings a record is found by, for the forms' "also found as: Wang Xiaoming, Wong
 * Siu-ming": the readings of its name, native name and aliases (pinyin, Wade–Giles, Cantonese, the
 * other character set) that none of them already shows. Pure computation, safe on any thread; the
 * first call loads ICU's transforms (about a second).
 */
public final class NameForms {
    NameForms() {
    }

    public List<String> alsoFoundAs(Case c) {
        return alsoFoundAs(c.name(), c.nativeName(), c.aliases());
    }

    public List<String> alsoFoundAs(Actor a) {
        return alsoFoundAs(a.name(), a.nativeName(), List.of());
    }

    /** For a form being edited, before it is saved. */
    public List<String> alsoFoundAs(String name, String nativeName, List<String> aliases) {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.add(nativeName);
        names.addAll(aliases);
        return NameReadings.alsoFoundAs(names);
    }
}
