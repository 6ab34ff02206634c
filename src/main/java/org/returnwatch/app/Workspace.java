package org.returnwatch.app;

import java.nio.file.Path;
import org.returnwatch.store.Store;

/**
 * An open database and the use cases the window and the command line call on it. Every method of
 * the services reads or writes the database: call them off the window's thread. Closing the
 * workspace closes the database.
 */
public final class Workspace implements AutoCloseable {
    private final Store store;
    private final CaseEditing cases;
    private final RecordEditing records;
    private final Linking links;
    private final Deleting deletions;
    private final Lookup lookup;
    private final CaseListing caseList;
    private final ChartData charts;
    private final Transfers transfers;
    private final Attachments attachments;
    private final FollowUps followUps;
    private final Dossiers dossiers;
    private final NameForms names = new NameForms();
    private final Duplicates duplicates;
    private final Merging merging;
    private final RecordHistory history;
    private final Drafting drafting;
    private final Casework casework;

    Workspace(Store store) {
        this.store = store;
        this.cases = new CaseEditing(store);
        this.records = new RecordEditing(store);
        this.links = new Linking(store);
        this.deletions = new Deleting(store);
        this.lookup = new Lookup(store);
        this.caseList = new CaseListing(store);
        this.charts = new ChartData(store);
        this.transfers = new Transfers(store);
        this.attachments = new Attachments(store);
        this.followUps = new FollowUps(store);
        this.dossiers = new Dossiers(store);
        this.duplicates = new Duplicates(store);
        this.merging = new Merging(store);
        this.history = new RecordHistory(store);
        this.drafting = new Drafting(store);
        this.casework = new Casework(store);
    }

    /**
     * A workspace over a database the command line opened itself (from its passphrase file or prompt);
     * the window opens its databases through {@link Databases}.
     */
    public static Workspace over(Store store) {
        return new Workspace(store);
    }

    /** For the tests of this package's users, through a helper in the test sources; never for the front ends. */
    Store store() {
        return store;
    }

    /** The database file. */
    public Path file() {
        return store.database().file().dataFile();
    }

    public CaseEditing cases() {
        return cases;
    }

    /** Status, date opened and holder of a case, and the team's caseworkers. */
    public Casework casework() {
        return casework;
    }

    public RecordEditing records() {
        return records;
    }

    public Linking links() {
        return links;
    }

    public Deleting deletions() {
        return deletions;
    }

    public Lookup lookup() {
        return lookup;
    }

    public CaseListing caseList() {
        return caseList;
    }

    public ChartData charts() {
        return charts;
    }

    public Transfers transfers() {
        return transfers;
    }

    /** Evidence files attached to records. */
    public Attachments attachments() {
        return attachments;
    }

    /** Dated tasks on cases. */
    public FollowUps followUps() {
        return followUps;
    }

    /** What is due and what changed lately, for the Today screen. */
    public TodayOverview today() {
        return new TodayOverview(store);
    }

    /** The case dossier and the list report, as PDF. */
    public Dossiers dossiers() {
        return dossiers;
    }

    /** Likely duplicates of cases and actors, and pairs marked as different people. */
    public Duplicates duplicates() {
        return duplicates;
    }

    /** Merging a case or actor into another, and undoing it. */
    public Merging merging() {
        return merging;
    }

    /** Each record's history of changes, and putting a record back as it was. */
    public RecordHistory history() {
        return history;
    }

    /** Unsaved edits kept at a lock, and offered back after the next unlock. */
    public Drafting drafting() {
        return drafting;
    }

    /** The database's checks of its history, seals and consistency. */
    public Integrity integrity() {
        return new Integrity(store);
    }

    /** The caseworker every change is recorded as made by (until set: the computer's user name). */
    public String caseworker() {
        return store.caseworker();
    }

    /** Records every change from now on as made by {@code name}. */
    public void recordChangesAs(String name) {
        store.setCaseworker(name);
    }

    /** The spellings a record is also found by. */
    public NameForms names() {
        return names;
    }

    @Override
    public void close() {
        store.close();
    }
}
