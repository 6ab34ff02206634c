package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.store.StoreException;

/**
 * What a pseudonymised copy keeps, removes or replaces by a code, field by field. Whatever text is
 * kept still has every protected name in it replaced by that person's code. Two are built in:
 * {@code standard} codes the names of cases and of people among the actors (persons, relatives) and
 * removes native names, aliases, who holds a case, and every free-text note (why a case was closed
 * among them), summary and description but the
 * descriptions of published statistics; {@code strict} also removes roles, cities, places,
 * accusations, amounts and authors, and codes officials' names too. A profile file (JSON) starts from
 * one of them and changes some fields (docs/redaction-profiles.md).
 */
public record RedactionProfile(String name, Map<String, Action> fields, Set<ActorKind> personKinds) {
    public enum Action { KEEP, REMOVE, CODE }

    /** The fields a profile can act on; every other field (dates, countries, tactics, figures …) is kept. */
    public static final List<String> FIELDS = List.of("cases.name", "cases.nativeName", "cases.aliases", "cases.role",
            "cases.residenceCity", "cases.accusation", "cases.amount", "cases.summary", "cases.outcomeNote",
            "cases.closeReason", "cases.holder", "incidents.place", "incidents.description", "actors.name",
            "actors.nativeName", "actors.note",
                    "agreements.summary",
            "agreements.statusNote", "series.description", "points.note", "sources.author", "sources.url",
            "sources.note", "citations.note", "links.note");
    /** Names are required: they can be kept or replaced by a code, not removed. */
    static final Set<String> NAMES = Set.of("cases.name", "actors.name");
    static final String FORMAT = "returnwatch-redaction";

    public RedactionProfile {
        fields = Map.copyOf(fields);
        personKinds = personKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(personKinds));
    }

    public static RedactionProfile standard() {
        Map<String, Action> f = new HashMap<>();
        f.put("cases.name", Action.CODE);
        f.put("actors.name", Action.CODE);
        for (String removed : List.of("cases.nativeName", "cases.aliases", "cases.summary", "cases.outcomeNote",
                "cases.closeReason", "cases.holder", "incidents.description", "actors.nativeName", "actors.note",
                "agreements.summary",
                "agreements.statusNote", "points.note", "sources.note", "citations.note", "links.note")) {
            f.put(removed, Action.REMOVE);
        }
        return new RedactionProfile("standard", f, EnumSet.of(ActorKind.PERSON, ActorKind.RELATIVE));
    }

    public static RedactionProfile strict() {
        Map<String, Action> f = new HashMap<>(standard().fields());
        for (String removed : List.of("cases.role", "cases.residenceCity", "cases.accusation", "cases.amount",
                "incidents.place", "series.description", "sources.author")) {
            f.put(removed, Action.REMOVE);
        }
        return new RedactionProfile("strict", f, EnumSet.of(ActorKind.PERSON, ActorKind.RELATIVE,
                ActorKind.OFFICIAL));
    }

    public Action action(String field) {
        return fields.getOrDefault(field, Action.KEEP);
    }

    /** "standard", "strict", or the path of a profile file. */
    public static RedactionProfile named(String nameOrFile, ObjectMapper mapper) {
        return switch (nameOrFile.strip().toLowerCase(Locale.ROOT)) {
            case "standard" -> standard();
            case "strict" -> strict();
            default -> load(Path.of(nameOrFile), mapper);
        };
    }

    /** A profile file: {"format": "returnwatch-redaction", "base": "standard", "personKinds": […], "fields": {…}}. */
    public static RedactionProfile load(Path file, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new StoreException(phrase("{0} is not a readable redaction profile (\"standard\", \"strict\" or "
                    + "a JSON profile file)", file));
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw bad(file, "format", "is not a redaction profile (\"format\": \"" + FORMAT + "\" is missing)");
        }
        String base = root.path("base").asText("standard");
        RedactionProfile start = switch (base) {
            case "standard" -> standard();
            case "strict" -> strict();
            default -> throw bad(file, "base", "must be \"standard\" or \"strict\"");
        };
        Map<String, Action> f = new HashMap<>(start.fields());
        root.path("fields").fields().forEachRemaining(e -> f.put(e.getKey(), action(file, e.getKey(), e.getValue())));
        Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
        kinds.addAll(start.personKinds());
        if (root.has("personKinds")) {
            kinds.clear();
            for (JsonNode k : root.get("personKinds")) {
                try {
                    kinds.add(ActorKind.valueOf(k.asText().strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException ex) {
                    throw bad(file, "personKinds", "\"" + k.asText() + "\" is not a kind of actor ("
                            + String.join(", ", EnumSet.allOf(ActorKind.class).stream().map(Enum::name).toList())
                                    + ")");
                }
            }
        }
        String name = root.path("name").asText(file.getFileName().toString());
        return new RedactionProfile(name, f, kinds);
    }

    private static Action action(Path file, String field, JsonNode value) {
        if (!FIELDS.contains(field)) {
            throw bad(file, "fields." + field, "is not a field a profile acts on (" + String.join(", ", FIELDS) + ")");
        }
        Action a;
        try {
            a = Action.valueOf(value.asText().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(file, "fields." + field, "must be \"keep\", \"remove\" or \"code\"");
        }
        if (a == Action.CODE && !NAMES.contains(field)) {
            throw bad(file, "fields." + field, "only names (cases.name, actors.name) are replaced by codes; use "
                    + "\"remove\"");
        }
        if (a == Action.REMOVE && NAMES.contains(field)) {
            throw bad(file, "fields." + field, "a name is required: \"code\" replaces it, it cannot be removed");
        }
        return a;
    }

    private static StoreException bad(Path file, String where, String reason) {
        return new StoreException(phrase("{0}, {1}: {2}", file, where, reason));
    }
}
