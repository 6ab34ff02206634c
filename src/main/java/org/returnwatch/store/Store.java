package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.i18n.Phrase;

/** An open database with its repositories: what the command line and the window work with. */
public final class Store implements AutoCloseable {
    private static final int MAX_CASEWORKER = 200;
    private final Database database;
    private final Repositories repositories;
    private final History history;
    private final Team team = new Team();

    public Store(Database database) {
        this.database = database;
        this.repositories = database.repositories();
        this.history = new History(repositories);
    }

    /** The team's caseworkers, whom a case can be given to. */
    public Team team() {
        return team;
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
        return repositories.cases;
    }

    public IncidentRepository incidents() {
        return repositories.incidents;
    }

    public AgreementRepository agreements() {
        return repositories.agreements;
    }

    public SeriesRepository series() {
        return repositories.series;
    }

    public DataPointRepository points() {
        return repositories.points;
    }

    public SourceRepository sources() {
        return repositories.sources;
    }

    public CitationRepository citations() {
        return repositories.citations;
    }

    public ActorRepository actors() {
        return repositories.actors;
    }

    public LinkRepository links() {
        return repositories.links;
    }

    public TacticRepository tactics() {
        return repositories.tactics;
    }

    public SavedChartRepository savedCharts() {
        return repositories.savedCharts;
    }

    /** Unsaved edits kept when a window locks. */
    public Drafts drafts() {
        return repositories.drafts;
    }

    public AttachmentRepository attachments() {
        return repositories.attachments;
    }

    public FollowUpRepository followUps() {
        return repositories.followUps;
    }

    /** Cases and actors merged into others. */
    public Merges merges() {
        return repositories.merges;
    }

    /** Cases and actors as people, for likely duplicates. */
    public People people() {
        return repositories.people;
    }

    public RecordDirectory directory() {
        return repositories.directory;
    }

    /** Every change to every record, and putting a record back as it was. */
    public History history() {
        return history;
    }

    public RecordRepository<? extends DomainRecord> repository(RecordKind kind) {
        return repositories.of(kind);
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
        EnumMap<RecordKind, Integer> out = new EnumMap<>(RecordKind.class);
        for (RecordKind k : List.of(RecordKind.values())) {
            out.put(k, repository(k).count(tx, null));
        }
        return out;
    }

    /** The name history entries give as the caseworker who made each change (the system user name until set). */
    public String caseworker() {
        return database.caseworker();
    }

    /** Sets the caseworker name recorded with every change from now on, in this database. */
    public void setCaseworker(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_CASEWORKER || n.chars().anyMatch(Character::isISOControl)) {
            throw new ConstraintViolationException(phrase("a caseworker name is 1 to {0} characters on one line",
                    MAX_CASEWORKER));
        }
        write(tx -> {
            Meta.put(tx, HistoryStart.CASEWORKER, n);
            team.add(tx, n);
            return null;
        });
        database.useCaseworker(n);
    }

    /**
     * Checks the whole database: its history chain, the key file's record of it, every record
     * against its seal and history, and the database's own consistency.
     */
    public VerifyReport verify() {
        return new Verification(database).run();
    }

    /**
     * Accepts the database as it now is after {@link Database#openToInspect} found its key file out
     * of step (an older copy put back on purpose, say): the key file records the history's current
     * last entry. Refused while the history itself is broken.
     */
    public void acceptHistory() {
        VerifyReport report = verify();
        List<Phrase> rest = report.found().stream().filter(p -> !database.findingPhrases().contains(p)).toList();
        if (!rest.isEmpty()) {
            throw new IntegrityException(phrase("the database cannot be accepted as it is: {0}", rest.get(0)));
        }
        database.writeKeyFile(database.keyFile().withIdentity(HistoryStart.databaseId(database),
                H2Pool.fileSalt(database.file().dataFile())));
        database.useFindings(List.of());
    }

    @Override
    public void close() {
        database.close();
    }
}
