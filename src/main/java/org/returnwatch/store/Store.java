package org.returnwatch.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/** An open database with its repositories: what the command line and the window work with. */
public final class Store implements AutoCloseable {
    private final Database database;
    private final RecordDirectory directory = new RecordDirectory();
    private final CaseRepository cases = new CaseRepository();
    private final IncidentRepository incidents = new IncidentRepository();
    private final AgreementRepository agreements = new AgreementRepository();
    private final DataPointRepository points = new DataPointRepository();
    private final SeriesRepository series = new SeriesRepository(points);
    private final SourceRepository sources = new SourceRepository();
    private final CitationRepository citations = new CitationRepository(directory);
    private final ActorRepository actors = new ActorRepository();
    private final LinkRepository links = new LinkRepository(directory);
    private final TacticRepository tactics = new TacticRepository();
    private final SavedChartRepository savedCharts = new SavedChartRepository();
    private final People people = new People();
    private final Merges merges = new Merges(links, citations);
    private final Map<RecordKind, RecordRepository<? extends DomainRecord>> byKind = Map.of(
            RecordKind.CASE, cases, RecordKind.INCIDENT, incidents, RecordKind.AGREEMENT, agreements,
            RecordKind.SERIES, series, RecordKind.DATA_POINT, points, RecordKind.SOURCE, sources,
            RecordKind.CITATION, citations, RecordKind.ACTOR, actors, RecordKind.LINK, links);

    public Store(Database database) {
        this.database = database;
    }

    public Database database() {
        return database;
    }

    public <T> T read(TxWork<T> work) {
        return database.read(work);
    }

    public <T> T write(TxWork<T> work) {
        return database.write(work);
    }

    public CaseRepository cases() {
        return cases;
    }

    public IncidentRepository incidents() {
        return incidents;
    }

    public AgreementRepository agreements() {
        return agreements;
    }

    public SeriesRepository series() {
        return series;
    }

    public DataPointRepository points() {
        return points;
    }

    public SourceRepository sources() {
        return sources;
    }

    public CitationRepository citations() {
        return citations;
    }

    public ActorRepository actors() {
        return actors;
    }

    public LinkRepository links() {
        return links;
    }

    public TacticRepository tactics() {
        return tactics;
    }

    public SavedChartRepository savedCharts() {
        return savedCharts;
    }

    /** Cases and actors merged into others. */
    public Merges merges() {
        return merges;
    }

    /** Cases and actors as people, for likely duplicates. */
    public People people() {
        return people;
    }

    public RecordDirectory directory() {
        return directory;
    }

    public RecordRepository<? extends DomainRecord> repository(RecordKind kind) {
        return byKind.get(kind);
    }

    /** Any record by its reference code. */
    public Optional<DomainRecord> findByRef(Transaction tx, Reference ref) {
        return repository(ref.kind()).findByRef(tx, ref).map(DomainRecord.class::cast);
    }

    /** Any record by kind and identifier. */
    public Optional<DomainRecord> find(Transaction tx, RecordKind kind, UUID id) {
        return repository(kind).find(tx, id).map(DomainRecord.class::cast);
    }

    /** How many records of each kind, for status bars and sidebars. */
    public Map<RecordKind, Integer> counts(Transaction tx) {
        java.util.EnumMap<RecordKind, Integer> out = new java.util.EnumMap<>(RecordKind.class);
        for (RecordKind k : List.of(RecordKind.values())) {
            out.put(k, repository(k).count(tx, null));
        }
        return out;
    }

    @Override
    public void close() {
        database.close();
    }
}
