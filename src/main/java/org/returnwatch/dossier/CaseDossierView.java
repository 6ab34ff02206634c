package org.returnwatch.dossier;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DatePrecision;
import org.returnwatch.domain.FollowUp;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Stance;

/**
 * What the case template ({@code resources/dossier/case.html}) prints, as plain words: each list is
 * a section of the page, each record one row. The template reads these by name.
 */
public record CaseDossierView(java.util.Map<String, String> labels, Footer footer, String lang, String title,
                              String ref, String notice, List<Field> details, String summary,
                              List<TimelineRow> timeline, List<Party> people, List<Party> agreements,
                              List<Party> otherLinks, List<CitationRow> citations, List<FileRow> attachments,
                              List<TaskRow> followUps) {

    public record Footer(String confidential, String printed, String database, String pageWord, String ofWord) {
    }

    public record Field(String label, String value) {
    }

    /** @param uncertain the date is not known to the day, or is hedged: printed as such */
    public record TimelineRow(String ref, String date, boolean uncertain, String tactic, String place,
                              String perpetrator, String hostState, String description) {
    }

    public record Party(String ref, String name, String kind, String relation, String note) {
    }

    /**
     * @param about what it supports; a denial or counter-claim says so and who makes it
     * @param grade the citation's Admiralty grade ("B2"), else the source's reliability
     */
    public record CitationRow(String ref, String about, String source, String sourceRef, String locator,
                              String field, String grade) {
    }

    /** @param image a data: URI of a small image to print, or null */
    public record FileRow(String ref, String name, String type, String size, String sha256, String added,
                          String copyOf, String note, String image) {
    }

    public record TaskRow(String ref, String due, String state, String note) {
    }

    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneId.of("UTC"));

    static CaseDossierView of(CaseFile f, Printing p) {
        DossierWords l = DossierWords.of(p.language());
        Case c = f.subject();
        List<Field> details = new ArrayList<>();
        add(details, l.get("field_nativeName"), c.nativeName());
        add(details, l.get("field_aliases"), String.join(", ", c.aliases()));
        add(details, l.get("field_role"), c.role());
        add(details, l.get("field_originCountry"), c.originCountry());
        add(details, l.get("field_residence"), join(c.residenceCity(), c.residenceCountry()));
        add(details, l.get("field_immigrationStatus"), l.label(c.immigrationStatus()));
        add(details, l.get("field_targetCategory"), l.label(c.targetCategory()));
        add(details, l.get("field_accusation"), c.accusation());
        add(details, l.get("field_amount"), c.amount());
        add(details, l.get("field_campaign"), l.label(c.campaign()));
        add(details, l.get("field_nationalities"), String.join(", ", c.nationalities()));
        add(details, l.get("field_outcome"), l.label(c.outcome()));
        if (c.outcomeHistory().size() > 1) {
            add(details, l.get("field_outcomeHistory"), c.outcomeHistory().stream().map(o -> l.label(o.outcome())
                    + (o.date().isKnown() ? " (" + l.date(o.date()) + ")" : ""))
                            .collect(Collectors.joining(" → ")));
        }
        add(details, l.get("field_riskLevel"), l.label(c.riskLevel()));
        if (c.pseudonymous()) {
            add(details, l.get("field_pseudonymous"), l.get("yes"));
        }
        if (c.caseKind() == CaseKind.CONTEXT) {
            add(details, l.get("field_contextual"), l.get("yes"));
        } else if (c.caseKind() == CaseKind.GROUP) {
            add(details, l.get("field_group"), l.get("yes"));
        }

        List<TimelineRow> timeline = f.incidents().stream().map(i -> timelineRow(i, f, l)).toList();

        List<Party> people = new ArrayList<>();
        List<Party> agreements = new ArrayList<>();
        List<Party> others = new ArrayList<>();
        for (CaseFile.Linked k : f.linked()) {
            RecordKind kind = k.other().kind();
            String kindWord = l.get("kind_" + kind.plural());
            if (k.other() instanceof Actor a) {
                kindWord = l.label(a.actorKind());
            }
            Party party = new Party(k.other().ref().toString(), k.other().displayName(), kindWord, k.relation(),
                    k.note());
            if (kind == RecordKind.CASE || kind == RecordKind.ACTOR) {
                people.add(party);
            } else if (k.other() instanceof Agreement) {
                agreements.add(party);
            } else {
                others.add(party);
            }
        }

        List<CitationRow> citations = f.citations().stream().map(ct -> new CitationRow(ct.citation().ref().toString(),
                about(ct.about(), ct.citation(), l), ct.source().displayName() + (ct.source().published().isKnown()
                        ? ", " + l.date(ct.source().published()) : ""),
                ct.source().ref().toString(), ct.citation().locator(), ct.citation().field(),
                ct.citation().grade() != null ? ct.citation().grade().code() : l.label(ct.source().reliability())))
                .toList();

        List<FileRow> files = f.attachments().stream().map(a -> fileRow(a, f, p)).toList();
        List<TaskRow> tasks = f.followUps().stream().map(t -> new TaskRow(t.ref().toString(), t.due().toString(),
                state(t, p, l), t.note())).toList();

        String notice = p.pseudonymised() ? l.get("notice_pseudonymised").replace("{profile}", p.profile()) : null;
        return new CaseDossierView(l.asMap(), footer(p, l), p.language().tag(), c.displayName(), c.ref().toString(),
                notice, details, c.summary(), timeline, people, agreements, others, citations, files, tasks);
    }

    private static String about(String about, Citation c, DossierWords l) {
        if (c.stance() == Stance.SUPPORTS) {
            return about;
        }
        return about + " — " + l.get("stance_" + c.stance().name()) + (c.claimant() == null ? "" : " " + c.claimant());
    }

    static Footer footer(Printing p, DossierWords l) {
        return new Footer(l.get("confidential"), l.get("printed") + " " + p.printedOn(),
                l.get("database") + " " + p.database(), l.get("page"), l.get("of"));
    }

    private static TimelineRow timelineRow(Incident i, CaseFile f, DossierWords l) {
        boolean uncertain = i.date().isKnown() && (i.date().approximate() || i.date().precision() != DatePrecision.DAY);
        String date = i.date().isKnown() ? l.date(i.date()) : l.get("date_unknown");
        String who = i.perpetratorIds().stream().map(f.actors()::get).filter(java.util.Objects::nonNull)
                .map(Actor::displayName).collect(Collectors.joining("; "));
        String tactics = i.tactics().stream().map(t -> l.tactic(f.tacticLabels().getOrDefault(t, t)))
                .collect(Collectors.joining("; "));
        String aimedAt = i.pressured().stream().map(l::label).collect(Collectors.joining(", "));
        return new TimelineRow(i.ref().toString(), date, uncertain, tactics, join(i.place(), i.country()),
                who.isEmpty() ? null : who, l.label(i.hostStateRole()),
                aimedAt.isEmpty() ? i.description() : l.get("col_pressured") + ": " + aimedAt + "."
                        + (i.description() == null ? "" : " " + i.description()));
    }

    private static FileRow fileRow(Attachment a, CaseFile f, Printing p) {
        String copyOf = a.derivedFrom() == null ? null : f.attachments().stream()
                .filter(o -> o.id().equals(a.derivedFrom())).map(o -> o.ref().toString()).findFirst().orElse("?");
        byte[] image = f.images().get(a.id());
        String uri = image == null ? null : "data:" + a.mediaType() + ";base64," + Base64.getEncoder()
                .encodeToString(image);
        String owner = a.recordKind() == RecordKind.CASE ? "" : " · " + a.recordKind().name().toLowerCase(Locale.ROOT);
        return new FileRow(a.ref().toString(), a.fileName() + owner, a.mediaType(), size(a.size()), a.sha256(),
                ADDED.format(a.addedAt()) + (a.addedBy() == null || p.pseudonymised() ? "" : " · " + a.addedBy()),
                copyOf, a.note(), uri);
    }

    private static String state(FollowUp t, Printing p, DossierWords l) {
        if (t.isDone()) {
            return l.get("followup_done");
        }
        return t.due().isBefore(p.printedOn()) ? l.get("followup_overdue") : l.get("followup_open");
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static void add(List<Field> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(label, value));
        }
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + ", " + b;
    }
}
