package org.returnwatch.app;

import java.util.List;

/** The links and citations of one record, as its screen lists them. */
public record Related(List<LinkRow> links, List<CitationRow> citations) {
    public static final Related NONE = new Related(List.of(), List.of());

    public Related {
        links = List.copyOf(links);
        citations = List.copyOf(citations);
    }
}
