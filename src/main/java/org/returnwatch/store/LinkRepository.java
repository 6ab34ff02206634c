package org.returnwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.Link;
import org.returnwatch.domain.LinkRelation;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;

/** Typed relations between any two records; both ends must exist. */
public final class LinkRepository extends RecordRepository<Link> {
    private final RecordDirectory directory;

    public LinkRepository(RecordDirectory directory) {
        super(RecordKind.LINK, "link", "from_kind", "from_id", "to_kind", "to_id", "relation", "note");
        this.directory = directory;
    }

    @Override
    public Link insert(Transaction tx, Link l) {
        directory.requireExists(tx, l.fromKind(), l.fromId(), "the link's first record");
        directory.requireExists(tx, l.toKind(), l.toId(), "the link's second record");
        return super.insert(tx, l);
    }

    @Override
    protected Class<Link> recordClass() {
        return Link.class;
    }

    @Override
    protected List<Object> values(Link l) {
        return Arrays.asList(l.fromKind(), l.fromId(), l.toKind(), l.toId(), l.relation(), l.note());
    }

    @Override
    protected Link read(Transaction tx, ResultSet rs) throws SQLException {
        return new Link(id(rs), ref(rs), version(rs), Sql.enumValue(rs, "from_kind", RecordKind.class),
                Sql.uuid(rs, "from_id"), Sql.enumValue(rs, "to_kind", RecordKind.class), Sql.uuid(rs, "to_id"),
                Sql.enumValue(rs, "relation", LinkRelation.class), rs.getString("note"));
    }

    @Override
    protected Collection<?> searchWords(Link l) {
        return Arrays.asList(l.relation().label(), l.note());
    }

    @Override
    protected Link stored(Link l, Reference ref, long version) {
        return l.withStored(ref, version);
    }

    /** Links from or to a record, oldest first. */
    public List<Link> touching(Transaction tx, UUID recordId) {
        return select(tx, "WHERE from_id = ? OR to_id = ? ORDER BY ref_number", List.of(recordId, recordId));
    }
}
