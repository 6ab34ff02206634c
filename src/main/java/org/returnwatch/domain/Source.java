package org.returnwatch.domain;

import java.util.Objects;
import java.util.UUID;

/** A document facts come from. */
public record Source(
        UUID id, Reference ref, long version,
        String title, String publisher, String author, FuzzyDate published, String url,
        SourceKind sourceKind, Reliability reliability, String note) implements DomainRecord {

    public Source {
        Objects.requireNonNull(id, "id");
        title = Texts.required(title, "title");
        publisher = Texts.clean(publisher);
        author = Texts.clean(author);
        published = Objects.requireNonNullElse(published, FuzzyDate.UNKNOWN);
        url = Texts.clean(url);
        sourceKind = Objects.requireNonNullElse(sourceKind, SourceKind.OTHER);
        reliability = Objects.requireNonNullElse(reliability, Reliability.UNKNOWN);
        note = Texts.clean(note);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.SOURCE;
    }

    @Override
    public String displayName() {
        return publisher == null ? title : title + " — " + publisher;
    }

    /** "Publisher, date": the short form used in chart source lines. */
    public String shortCitation() {
        String who = publisher == null ? title : publisher;
        return published.isKnown() ? who + ", " + published.toDisplay() : who;
    }

    public Source withStored(Reference newRef, long newVersion) {
        return new Source(id, newRef, newVersion, title, publisher, author, published, url, sourceKind,
                reliability, note);
    }
}
