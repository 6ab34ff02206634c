package org.returnwatch.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Attribution;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.OutcomeChange;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.StatusChange;
import org.returnwatch.exchange.RedactionProfile.Action;

/**
 * Makes the pseudonymised copy of a {@link Dataset} that a {@link RedactionProfile} describes.
 * Identifiers, reference codes, dates, countries, tactics, figures and every controlled value are
 * kept, so the copy can be analysed, charted and imported like any other export.
 */
public final class Pseudonymiser {
    private final RedactionProfile profile;
    private final PseudonymCodes codes;

    /** {@code key} is the database's pseudonym key ({@link org.returnwatch.store.PseudonymKey}). */
    public Pseudonymiser(RedactionProfile profile, byte[] key) {
        this.profile = profile;
        this.codes = new PseudonymCodes(key);
    }

    public Dataset apply(Dataset d) {
        NameScrubber scrubber = new NameScrubber(protectedNames(d));
        Texts t = new Texts(scrubber);
        return new Dataset(d.tactics(),
                d.sources().stream().map(s -> source(s, t)).toList(),
                d.actors().stream().map(a -> actor(a, t)).toList(),
                d.cases().stream().map(c -> caseRecord(c, t)).toList(),
                d.incidents().stream().map(i -> new Incident(i.id(), i.ref(), i.version(), i.caseId(), i.date(),
                        i.country(), t.field("incidents.place", i.place()), i.tactics(), i.perpetratorIds(),
                        i.pressured(), i.hostStateRole(), t.field("incidents.description", i.description())))
                        .toList(),
                d.agreements().stream().map(a -> agreement(a, t)).toList(),
                d.series().stream().map(s -> series(s, t)).toList(),
                d.citations().stream().map(c -> new Citation(c.id(), c.ref(), c.version(), c.recordKind(),
                        c.recordId(), c.field(), c.sourceId(), t.scrub(c.locator()), t.field("citations.note",
                        c.note()), c.grade(), c.stance(), t.scrub(c.claimant()))).toList(),
                d.links().stream().map(l -> new Link(l.id(), l.ref(), l.version(), l.fromKind(), l.fromId(),
                        l.toKind(), l.toId(), l.relation(), t.field("links.note", l.note()))).toList());
    }

    public RedactionProfile profile() {
        return profile;
    }

    /** Every name the profile does not keep, with the code that replaces it wherever it appears. */
    private Map<String, String> protectedNames(Dataset d) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Case c : d.cases()) {
            String code = caseCode(c);
            if (profile.action("cases.name") != Action.KEEP) {
                names.put(c.name(), code);
            }
            if (profile.action("cases.nativeName") != Action.KEEP && c.nativeName() != null) {
                names.put(c.nativeName(), code);
            }
            if (profile.action("cases.aliases") != Action.KEEP) {
                c.aliases().forEach(a -> names.put(a, code));
            }
        }
        for (Actor a : d.actors()) {
            if (isPerson(a)) {
                if (profile.action("actors.name") != Action.KEEP) {
                    names.put(a.name(), actorCode(a));
                }
                if (profile.action("actors.nativeName") != Action.KEEP && a.nativeName() != null) {
                    names.put(a.nativeName(), actorCode(a));
                }
            }
        }
        return names;
    }

    private String caseCode(Case c) {
        return codes.code("PERSON", c.id());
    }

    private String actorCode(Actor a) {
        return codes.code("ACTOR", a.id());
    }

    private boolean isPerson(Actor a) {
        return profile.personKinds().contains(a.actorKind());
    }

    /** A closed case keeps a reason, so a removed one reads as withheld. */
    private static String closeReason(Case c, Texts t) {
        String reason = t.field("cases.closeReason", c.closeReason());
        return reason == null && c.closeReason() != null ? "(withheld)" : reason;
    }

    private Case caseRecord(Case c, Texts t) {
        String name = profile.action("cases.name") == Action.CODE ? caseCode(c) : c.name();
        return new Case(c.id(), c.ref(), c.version(), name, t.name("cases.nativeName", c.nativeName()),
                profile.action("cases.aliases") == Action.REMOVE ? List.of() : c.aliases(), c.pseudonymous(),
                c.caseKind(), t.field("cases.role", c.role()), c.originCountry(), c.residenceCountry(),
                t.field("cases.residenceCity", c.residenceCity()), c.nationalities(), c.immigrationStatus(),
                c.targetCategory(), t.field("cases.accusation", c.accusation()), t.field("cases.amount", c.amount()),
                c.campaign(), c.outcomeHistory().stream().map(o -> new OutcomeChange(o.outcome(), o.date(),
                        t.field("cases.outcomeNote", o.note()), attribution(o.attribution(), t))).toList(),
                c.riskLevel(), t.field("cases.summary", c.summary()), c.status(),
                closeReason(c, t), c.opened(), t.field("cases.holder", c.holder()));
    }

    private Actor actor(Actor a, Texts t) {
        boolean person = isPerson(a);
        String name = person && profile.action("actors.name") == Action.CODE ? actorCode(a)
                : person ? a.name() : t.scrub(a.name());
        String nativeName = person ? t.name("actors.nativeName", a.nativeName()) : t.scrub(a.nativeName());
        return new Actor(a.id(), a.ref(), a.version(), name, nativeName, a.actorKind(), a.country(),
                t.field("actors.note", a.note()));
    }

    private static Agreement agreement(Agreement a, Texts t) {
        List<StatusChange> history = a.statusHistory().stream().map(s -> new StatusChange(s.status(), s.date(),
                t.field("agreements.statusNote", s.note()), attribution(s.attribution(), t))).toList();
        return new Agreement(a.id(), a.ref(), a.version(), t.scrub(a.title()), a.agreementKind(),
                a.parties().stream().map(t::scrub).toList(), a.disclosure(), t.field("agreements.summary",
                a.summary()), history);
    }

    private static Series series(Series s, Texts t) {
        List<DataPoint> points = s.points().stream().map(p -> new DataPoint(p.id(), p.ref(), p.version(),
                p.seriesId(), p.period(), p.value(), p.high(), p.qualifier(), t.scrub(p.claimedBy()),
                t.field("points.note", p.note()), p.pointKind(), t.scrub(p.statement()), p.trend())).toList();
        return new Series(s.id(), s.ref(), s.version(), t.scrub(s.name()), s.measure(), s.unit(), s.countries(),
                t.scrub(s.reportedBy()), t.field("series.description", s.description()), points);
    }

    private static Source source(Source s, Texts t) {
        return new Source(s.id(), s.ref(), s.version(), t.scrub(s.title()), t.scrub(s.publisher()),
                t.field("sources.author", s.author()), s.published(), t.field("sources.url", s.url()),
                s.sourceKind(), s.reliability(), t.field("sources.note", s.note()));
    }

    /** Applies the profile's action to one text field; what is kept is scrubbed of protected names. */
    private final class Texts {
        private final NameScrubber scrubber;

        Texts(NameScrubber scrubber) {
            this.scrubber = scrubber;
        }

        String field(String field, String value) {
            return profile.action(field) == Action.REMOVE ? null : scrubber.scrub(value);
        }

        /** A name field that is kept as it is, or removed. */
        String name(String field, String value) {
            return profile.action(field) == Action.REMOVE ? null : value;
        }

        String scrub(String value) {
            return scrubber.scrub(value);
        }
    }

    /** The claimant can be a person: scrubbed like every other name; the source and place stay. */
    private static Attribution attribution(Attribution a, Texts t) {
        return new Attribution(t.scrub(a.claimedBy()), a.sourceId(), a.locator());
    }
}
