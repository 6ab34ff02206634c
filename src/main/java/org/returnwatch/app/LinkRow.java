package org.returnwatch.app;

import java.util.UUID;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.i18n.Localization;
import org.returnwatch.store.Store;
import org.returnwatch.store.Transaction;

/** A link as one record sees it: the relation read from this end, and the record at the other. */
public record LinkRow(UUID linkId, long version, String relation, RecordItem other, String note) {

    /**
     * The link as the record {@code from} sees it, its relation after {@code prefix}, read in the
     * caller's transaction.
     */
    static LinkRow read(Store store, Transaction tx, UUID from, Link l, String prefix) {
        boolean outgoing = l.fromId().equals(from);
        RecordKind otherKind = outgoing ? l.toKind() : l.fromKind();
        UUID otherId = outgoing ? l.toId() : l.fromId();
        RecordItem other = store.find(tx, otherKind, otherId).map(RecordItem::of)
                .orElse(new RecordItem(otherKind, otherId, null, "(missing)"));
        String relation = outgoing ? Localization.label(l.relation())
                : Localization.lang(l.relation().inverseLabel());
        return new LinkRow(l.id(), l.version(), prefix + relation, other, l.note());
    }
}
