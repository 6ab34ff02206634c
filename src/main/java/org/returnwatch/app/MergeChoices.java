package org.returnwatch.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;

/**
 * The fields of a case or an actor a merge chooses between, and the record the choices make: the
 * kept record's value, the removed one's, or both (aliases together, texts one after the other, a
 * second name as an alias). A field without a choice keeps the kept record's value unless that is
 * empty. The removed record's name and native name stay as aliases of a case, whatever is chosen.
 */
final class MergeChoices {
    private record Field<T>(String name, Function<T, Object> value) {
    }

    private static final List<Field<Case>> CASE = List.of(
            new Field<>("name", Case::name), new Field<>("nativeName", Case::nativeName),
            new Field<>("aliases", Case::aliases), new Field<>("pseudonymous", Case::pseudonymous),
            new Field<>("role", Case::role), new Field<>("originCountry", Case::originCountry),
            new Field<>("residenceCountry", Case::residenceCountry), new Field<>("residenceCity", Case::residenceCity),
            new Field<>("nationalities", Case::nationalities), new Field<>("caseKind", Case::caseKind),
            new Field<>("immigrationStatus", Case::immigrationStatus),
            new Field<>("targetCategory", Case::targetCategory), new Field<>("accusation", Case::accusation),
            new Field<>("amount", Case::amount), new Field<>("campaign", Case::campaign),
            new Field<>("outcomeHistory", Case::outcomeHistory), new Field<>("riskLevel", Case::riskLevel),
            new Field<>("summary", Case::summary));

    private static final List<Field<Actor>> ACTOR = List.of(
            new Field<>("name", Actor::name), new Field<>("nativeName", Actor::nativeName),
            new Field<>("actorKind", Actor::actorKind), new Field<>("country", Actor::country),
            new Field<>("note", Actor::note));

    /** Texts that read well one after the other when both are kept. */
    private static final Set<String> JOINABLE = Set.of("role", "accusation", "amount", "summary", "note");

    private MergeChoices() {
    }

    /** The fields whose values differ, with the choice made when none is given. */
    static List<Merging.FieldDifference> differences(DomainRecord kept, DomainRecord removed) {
        List<Merging.FieldDifference> out = new ArrayList<>();
        for (Field<DomainRecord> f : fields(kept.kind())) {
            Object a = f.value().apply(kept);
            Object b = f.value().apply(removed);
            if (!Objects.equals(a, b)) {
                out.add(new Merging.FieldDifference(f.name(), FieldLabels.of(kept.kind(), f.name()), text(a),
                        text(b), proposed(f.name(), a, b), bothAllowed(f.name(), a, b)));
            }
        }
        return out;
    }

    /** The kept record with the chosen values, at the kept record's reference and version. */
    static DomainRecord merged(DomainRecord kept, DomainRecord removed, Map<String, Merging.Choice> choices) {
        Map<String, Object> v = new java.util.HashMap<>();
        for (Field<DomainRecord> f : fields(kept.kind())) {
            Object a = f.value().apply(kept);
            Object b = f.value().apply(removed);
            Merging.Choice c = choices.getOrDefault(f.name(), proposed(f.name(), a, b));
            v.put(f.name(), switch (c) {
                case KEPT -> a;
                case REMOVED -> b;
                case BOTH -> both(kept.kind(), f.name(), a, b);
            });
        }
        if (kept instanceof Case k && removed instanceof Case r) {
            Set<String> aliases = new LinkedHashSet<>(strings(v.get("aliases")));
            for (Object other : List.of(k.name(), r.name(), Objects.toString(k.nativeName(), ""),
                    Objects.toString(r.nativeName(), ""))) {
                String o = other.toString();
                if (!o.isBlank() && !o.equals(v.get("name")) && !o.equals(v.get("nativeName"))) {
                    aliases.add(o);
                }
            }
            return new Case(k.id(), k.ref(), k.version(), (String) v.get("name"), (String) v.get("nativeName"),
                    List.copyOf(aliases), (Boolean) v.get("pseudonymous"),
                    (org.returnwatch.domain.CaseKind) v.get("caseKind"), (String) v.get("role"),
                    (String) v.get("originCountry"), (String) v.get("residenceCountry"),
                    (String) v.get("residenceCity"), strings(v.get("nationalities")),
                    (org.returnwatch.domain.ImmigrationStatus) v.get("immigrationStatus"),
                    (org.returnwatch.domain.TargetCategory) v.get("targetCategory"), (String) v.get("accusation"),
                    (String) v.get("amount"), (org.returnwatch.domain.Campaign) v.get("campaign"),
                    outcomes(v.get("outcomeHistory")), (org.returnwatch.domain.RiskLevel) v.get("riskLevel"),
                    (String) v.get("summary"), k.status(), k.closeReason(), earlier(k.opened(), r.opened()),
                    k.holder());
        }
        Actor k = (Actor) kept;
        return new Actor(k.id(), k.ref(), k.version(), (String) v.get("name"), (String) v.get("nativeName"),
                (org.returnwatch.domain.ActorKind) v.get("actorKind"), (String) v.get("country"),
                        (String) v.get("note"));
    }

    /** A merged case came in when the first of the two did; its status and holder stay the kept case's. */
    private static java.time.LocalDate earlier(java.time.LocalDate a, java.time.LocalDate b) {
        return a == null ? b : b == null || !b.isBefore(a) ? a : b;
    }

    @SuppressWarnings("unchecked")
    private static List<Field<DomainRecord>> fields(RecordKind kind) {
        return switch (kind) {
            case CASE -> (List<Field<DomainRecord>>) (List<?>) CASE;
            case ACTOR -> (List<Field<DomainRecord>>) (List<?>) ACTOR;
            default -> throw new IllegalArgumentException("only cases and actors are merged, not " + kind.plural());
        };
    }

    private static Merging.Choice proposed(String field, Object kept, Object removed) {
        if (field.equals("aliases") || field.equals("nationalities") || field.equals("outcomeHistory")) {
            return Merging.Choice.BOTH;
        }
        return empty(kept) && !empty(removed) ? Merging.Choice.REMOVED : Merging.Choice.KEPT;
    }

    /** Whether "both" makes sense for the field: lists, texts read one after the other, names, or one side empty. */
    private static boolean bothAllowed(String field, Object a, Object b) {
        return a instanceof List<?> || b instanceof List<?> || JOINABLE.contains(field) || field.equals("name")
                || field.equals("nativeName") || empty(a) || empty(b);
    }

    private static Object both(RecordKind kind, String field, Object a, Object b) {
        if (field.equals("outcomeHistory")) {
            // one history, in date order: what each record knew of what became of the person
            List<org.returnwatch.domain.OutcomeChange> all = new ArrayList<>(outcomes(a));
            outcomes(b).stream().filter(o -> !all.contains(o)).forEach(all::add);
            all.sort(java.util.Comparator.comparing(org.returnwatch.domain.OutcomeChange::date,
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            return List.copyOf(all);
        }
        if (a instanceof List<?> || b instanceof List<?>) {
            Set<String> all = new LinkedHashSet<>(strings(a));
            all.addAll(strings(b));
            return List.copyOf(all);
        }
        if (empty(a) || Objects.equals(a, b)) {
            return b;
        }
        if (empty(b)) {
            return a;
        }
        if (JOINABLE.contains(field)) {
            return a + "\n\n" + b;
        }
        if (field.equals("name") || field.equals("nativeName")) {
            return a; // the other name is kept as an alias
        }
        throw new IllegalArgumentException(FieldLabels.of(kind, field) + " holds one value: choose one");
    }

    private static boolean empty(Object o) {
        return o == null || (o instanceof String s && s.isBlank()) || (o instanceof List<?> l && l.isEmpty())
                || (o instanceof Enum<?> e && e.name().equals("UNKNOWN"));
    }

    @SuppressWarnings("unchecked")
    private static List<org.returnwatch.domain.OutcomeChange> outcomes(Object o) {
        return o == null ? List.of() : (List<org.returnwatch.domain.OutcomeChange>) o;
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static String text(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof List<?> l) {
            return String.join(", ", l.stream().map(MergeChoices::text).toList());
        }
        if (o instanceof org.returnwatch.domain.OutcomeChange c) {
            return c.date() == null ? org.returnwatch.i18n.Localization.label(c.outcome())
                    : org.returnwatch.i18n.Localization.label(c.outcome()) + " (" + c.date() + ")";
        }
        if (o instanceof org.returnwatch.domain.Labelled l) {
            return org.returnwatch.i18n.Localization.label(l);
        }
        return o.toString();
    }
}
