package org.returnwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Reliability;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.SourceKind;

/** The documents facts come from. */
public final class SourceRepository extends RecordRepository<Source> {

    public SourceRepository() {
        super(RecordKind.SOURCE, "source", "title", "publisher", "author", "published_precision", "published_start",
                "published_end", "published_approx", "published_inferred", "published_bound", "url", "source_kind",
                        "reliability", "note");
    }

    @Override
    protected Class<Source> recordClass() {
        return Source.class;
    }

    @Override
    protected List<Object> values(Source s) {
        return Arrays.asList(s.title(), s.publisher(), s.author(), Sql.date(s.published()), s.url(), s.sourceKind(),
                s.reliability(), s.note());
    }

    @Override
    protected Source read(Transaction tx, ResultSet rs) throws SQLException {
        return new Source(id(rs), ref(rs), version(rs), rs.getString("title"), rs.getString("publisher"),
                rs.getString("author"), Sql.date(rs, "published"), rs.getString("url"),
                Sql.enumValue(rs, "source_kind", SourceKind.class),
                Sql.enumValue(rs, "reliability", Reliability.class), rs.getString("note"));
    }

    @Override
    protected Collection<?> searchWords(Source s) {
        return Arrays.asList(s.title(), s.publisher(), s.author(), s.url(), s.note(), s.published().toText());
    }

    @Override
    protected Source stored(Source s, Reference ref, long version) {
        return s.withStored(ref, version);
    }
}
