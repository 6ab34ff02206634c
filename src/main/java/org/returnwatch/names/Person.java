package org.returnwatch.names;

import java.util.List;
import java.util.UUID;

/** What a record says about who someone is, for telling whether two records are one person. */
public record Person(UUID id, String name, String nativeName, List<String> aliases, String city, String country,
                     String role) {
    public Person {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
