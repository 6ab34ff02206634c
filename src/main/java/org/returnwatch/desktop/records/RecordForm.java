package org.returnwatch.desktop.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.app.ChildChanges;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.SourceDates;
import org.returnwatch.desktop.common.ChildTable;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/** How one kind of record is edited in the generic list-and-form screen. */
public interface RecordForm<T extends DomainRecord> {

    RecordKind kind();

    /** "agreement": for titles and questions. */
    String noun();

    List<FormField> fields();

    /** The rows that belong to the record (status history, data points), if it has any. */
    default Optional<ChildTable<?>> children() {
        return Optional.empty();
    }

    /**
     * The sources the form's rows can name (a status step's source), and when each was published, to
     * read a relative date said in one ("July this year"); none by default.
     */
    default void useSources(List<RecordItem> sources, SourceDates dates) {
    }

    /** The saved parts of a stored record that can be linked on their own (a statistic's figures); none by default. */
    default List<RecordItem> linkableParts(T rec) {
        return List.of();
    }

    /**
     * The name and the name in native script of a record that names a person or body (an actor), for
     * "also found as" and the likely duplicates shown after a save; empty for other records.
     */
    default List<javafx.beans.property.StringProperty> nameFields() {
        return List.of();
    }

    /** Fills the fields (and child rows) from a stored record. */
    void load(T rec);

    /** A new record with only what its constructor demands. */
    T blank();

    /** The record as the form now stands; throws IllegalArgumentException when something is wrong. */
    T build(UUID id, Reference ref, long version);

    /** What is stored beside the record in other tables (data points), as its Save writes it; none by default. */
    default ChildChanges childChanges(UUID recordId) {
        return ChildChanges.NONE;
    }

    /** After the user chose to keep their version: the child rows build on the versions stored now. */
    default void rebaseChildren(Map<UUID, Long> versions) {
    }

    /** Makes the child rows new again, for a duplicate. */
    default void detachChildren() {
    }
}
