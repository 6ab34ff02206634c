package org.returnwatch.cli;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Labelled;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;

/**
 * The columns `list` shows for each kind of record, in tables and CSV alike. The headers are English: a table
 * looks them up in the run's language, CSV writes them as they are.
 */
final class RecordColumns {
    record Column(String header, Function<DomainRecord, String> value) {
    }

    private final Function<UUID, String> refOf;
    private final Function<Labelled, String> labels;
    private final Function<FuzzyDate, String> dates;

    /**
     * @param refOf  turns the identifier of another record into its reference code
     * @param labels the words for a fixed list's value (English for CSV, the run's language for a table)
     * @param dates  a date's words (its English display for CSV, the run's language for a table)
     */
    RecordColumns(Function<UUID, String> refOf, Function<Labelled, String> labels, Function<FuzzyDate, String> dates) {
        this.refOf = refOf;
        this.labels = labels;
        this.dates = dates;
    }

    List<Column> forKind(RecordKind kind) {
        return switch (kind) {
            case CASE -> List.of(col("REF", r -> r.ref().toString()), col("NAME", r -> c(r).name()),
                    col("NATIVE NAME", r -> c(r).nativeName()), col("RESIDENCE", r -> join(c(r).residenceCity(),
                            c(r).residenceCountry())), col("CAMPAIGN", r -> labels.apply(c(r).campaign())),
                    col("OUTCOME", r -> labels.apply(c(r).outcome())), col("STATUS", r -> labels.apply(c(r).status())),
                    col("HELD BY", r -> c(r).holder()));
            case INCIDENT -> List.of(col("REF", r -> r.ref().toString()),
                    col("CASE", r -> refOf.apply(((Incident) r).caseId())),
                    col("DATE", r -> dates.apply(((Incident) r).date())),
                            col("TACTICS", r -> String.join("; ", ((Incident) r).tactics())),
                    col("COUNTRY", r -> ((Incident) r).country()));
            case AGREEMENT -> List.of(col("REF", r -> r.ref().toString()), col("TITLE", r -> a(r).title()),
                    col("KIND", r -> labels.apply(a(r).agreementKind())),
                    col("STATUS", r -> a(r).currentStatus().map(labels::apply).orElse(null)),
                    col("PARTIES", r -> String.join(", ", a(r).parties())));
            case SERIES -> List.of(col("REF", r -> r.ref().toString()), col("NAME", r -> s(r).name()),
                    col("MEASURE", r -> labels.apply(s(r).measure())), col("UNIT", r -> s(r).unit()),
                    col("POINTS", r -> Integer.toString(s(r).points().size())));
            case DATA_POINT -> List.of(col("REF", r -> r.ref().toString()),
                    col("SERIES", r -> refOf.apply(((DataPoint) r).seriesId())),
                    col("PERIOD", r -> ((DataPoint) r).period().toDisplay()),
                    col("VALUE", r -> ((DataPoint) r).valueText()));
            case SOURCE -> List.of(col("REF", r -> r.ref().toString()), col("TITLE", r -> ((Source) r).title()),
                    col("PUBLISHER", r -> ((Source) r).publisher()),
                    col("PUBLISHED", r -> ((Source) r).published().isKnown()
                            ? dates.apply(((Source) r).published()) : null));
            case ACTOR -> List.of(col("REF", r -> r.ref().toString()), col("NAME", r -> ((Actor) r).name()),
                    col("KIND", r -> labels.apply(((Actor) r).actorKind())),
                    col("COUNTRY", r -> ((Actor) r).country()));
            case CITATION -> List.of(col("REF", r -> r.ref().toString()),
                    col("RECORD", r -> refOf.apply(((Citation) r).recordId())),
                    col("SOURCE", r -> refOf.apply(((Citation) r).sourceId())),
                    col("LOCATOR", r -> ((Citation) r).locator()));
            case LINK -> List.of(col("REF", r -> r.ref().toString()),
                    col("FROM", r -> refOf.apply(((Link) r).fromId())),
                    col("RELATION", r -> labels.apply(((Link) r).relation())),
                    col("TO", r -> refOf.apply(((Link) r).toId())));
        };
    }

    private static Column col(String header, Function<DomainRecord, String> value) {
        return new Column(header, value);
    }

    private static Case c(DomainRecord r) {
        return (Case) r;
    }

    private static Agreement a(DomainRecord r) {
        return (Agreement) r;
    }

    private static Series s(DomainRecord r) {
        return (Series) r;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + ", " + b;
    }
}
