package org.returnwatch.domain;

import java.util.List;

/** Small normalisations shared by the records' compact constructors. */
public final class Texts {
    private Texts() {
    }

    /** Blank becomes null, other text is stripped. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Null becomes empty; blanks are dropped; the list is copied and unmodifiable. */
    public static List<String> cleanList(List<String> list) {
        if (list == null) {
            return List.of();
        }
        return list.stream().map(Texts::clean).filter(s -> s != null).toList();
    }

    public static String required(String s, String field) {
        String t = clean(s);
        if (t == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return t;
    }
}
