package org.returnwatch.names;

import java.util.List;

/** How likely two records are one person, 0–100, and why, in words a caseworker reads. */
public record Likeness(int score, List<String> reasons) {
    public Likeness {
        reasons = List.copyOf(reasons);
    }

    public String explanation() {
        return String.join("; ", reasons);
    }
}
