package org.returnwatch.app;

import static org.returnwatch.i18n.Localization.lang;

import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/** A record as lists, pickers and links show it: what it is, its code and its title. */
public record RecordItem(RecordKind kind, UUID id, Reference ref, String title) {

    public static RecordItem of(DomainRecord r) {
        return new RecordItem(r.kind(), r.id(), r.ref(), r.displayName());
    }

    /** "case", "agreement", "data point": the singular word for a kind. */
    public static String kindWord(RecordKind kind) {
        return switch (kind) {
            case CASE -> lang("case");
            case INCIDENT -> lang("incident");
            case AGREEMENT -> lang("agreement");
            case SERIES -> lang("statistic");
            case DATA_POINT -> lang("data point");
            case SOURCE -> lang("source");
            case CITATION -> lang("citation");
            case ACTOR -> lang("actor");
            case LINK -> lang("link");
        };
    }

    @Override
    public String toString() {
        return (ref == null ? "new" : ref.toString()) + "  " + title;
    }
}
