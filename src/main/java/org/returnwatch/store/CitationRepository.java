package org.returnwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.Grade;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Stance;

/** Ties between facts and sources; the cited record must exist. */
public final class CitationRepository extends RecordRepository<Citation> {
    private final RecordDirectory directory;

    public CitationRepository(RecordDirectory directory) {
        super(RecordKind.CITATION, "citation", "record_kind", "record_id", "field", "source_id", "locator", "note",
                "grade", "stance", "claimant");
        this.directory = directory;
    }

    @Override
    public Citation insert(Transaction tx, Citation c) {
        directory.requireExists(tx, c.recordKind(), c.recordId(), "the cited record");
        return super.insert(tx, c);
    }

    @Override
    protected Class<Citation> recordClass() {
        return Citation.class;
    }

    @Override
    protected List<Object> values(Citation c) {
        return Arrays.asList(c.recordKind(), c.recordId(), c.field(), c.sourceId(), c.locator(), c.note(),
                c.grade() == null ? null : c.grade().code(), c.stance(), c.claimant());
    }

    @Override
    protected Citation read(Transaction tx, ResultSet rs) throws SQLException {
        String grade = rs.getString("grade");
        return new Citation(id(rs), ref(rs), version(rs), Sql.enumValue(rs, "record_kind", RecordKind.class),
                Sql.uuid(rs, "record_id"), rs.getString("field"), Sql.uuid(rs, "source_id"), rs.getString("locator"),
                rs.getString("note"), grade == null ? null : Grade.parse(grade),
                        Sql.enumValue(rs, "stance", Stance.class),
                rs.getString("claimant"));
    }

    @Override
    protected Collection<?> searchWords(Citation c) {
        return Arrays.asList(c.field(), c.locator(), c.note(), c.claimant(), c.grade());
    }

    @Override
    protected Citation stored(Citation c, Reference ref, long version) {
        return c.withStored(ref, version);
    }

    public List<Citation> forRecord(Transaction tx, UUID recordId) {
        return select(tx, "WHERE record_id = ? ORDER BY ref_number", List.of(recordId));
    }

    /** The citations of these series and of every one of their data points, for a chart's source line. */
    public List<Citation> forSeriesAndPoints(Transaction tx, List<Series> series) {
        List<Citation> out = new ArrayList<>();
        for (Series s : series) {
            out.addAll(forRecord(tx, s.id()));
            s.points().forEach(p -> out.addAll(forRecord(tx, p.id())));
        }
        return out;
    }

    public List<Citation> forSource(Transaction tx, UUID sourceId) {
        return select(tx, "WHERE source_id = ? ORDER BY ref_number", List.of(sourceId));
    }
}
