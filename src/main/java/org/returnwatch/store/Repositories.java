package org.returnwatch.store;

import java.util.List;
import java.util.Map;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;

/** One repository per kind of record, wired to each other, as an open database uses them. */
final class Repositories {
    /** The order that satisfies references: what a record points at is written before it. */
    static final List<RecordKind> WRITE_ORDER = List.of(RecordKind.SOURCE, RecordKind.ACTOR, RecordKind.CASE,
            RecordKind.INCIDENT, RecordKind.AGREEMENT, RecordKind.SERIES, RecordKind.DATA_POINT, RecordKind.LINK,
            RecordKind.CITATION);

    final RecordDirectory directory = new RecordDirectory();
    final CaseRepository cases = new CaseRepository();
    final IncidentRepository incidents = new IncidentRepository();
    final AgreementRepository agreements = new AgreementRepository();
    final DataPointRepository points = new DataPointRepository();
    final SeriesRepository series = new SeriesRepository(points);
    final SourceRepository sources = new SourceRepository();
    final CitationRepository citations = new CitationRepository(directory);
    final ActorRepository actors = new ActorRepository();
    final LinkRepository links = new LinkRepository(directory);
    final TacticRepository tactics = new TacticRepository();
    final SavedChartRepository savedCharts = new SavedChartRepository();
    final Drafts drafts = new Drafts();
    final AttachmentRepository attachments = new AttachmentRepository(directory);
    final FollowUpRepository followUps = new FollowUpRepository(directory);
    final People people = new People();
    final Merges merges = new Merges(incidents, links, citations);
    private final Map<RecordKind, RecordRepository<? extends DomainRecord>> byKind = Map.of(
            RecordKind.CASE, cases, RecordKind.INCIDENT, incidents, RecordKind.AGREEMENT, agreements,
            RecordKind.SERIES, series, RecordKind.DATA_POINT, points, RecordKind.SOURCE, sources,
            RecordKind.CITATION, citations, RecordKind.ACTOR, actors, RecordKind.LINK, links);

    Repositories() {
        byKind.values().forEach(r -> r.wire(byKind::get));
    }

    RecordRepository<? extends DomainRecord> of(RecordKind kind) {
        return byKind.get(kind);
    }
}
