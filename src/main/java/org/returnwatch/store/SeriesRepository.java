package org.returnwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.Series;

/**
 * Series and the countries they cover. A series is read with its points; its points are written
 * through {@link DataPointRepository}, each with its own version.
 */
public final class SeriesRepository extends RecordRepository<Series> {
    private final DataPointRepository points;

    public SeriesRepository(DataPointRepository points) {
        super(RecordKind.SERIES, "series", "name", "measure", "unit", "reported_by", "description");
        this.points = points;
    }

    @Override
    protected Class<Series> recordClass() {
        return Series.class;
    }

    @Override
    protected List<Object> values(Series s) {
        return Arrays.asList(s.name(), s.measure(), s.unit(), s.reportedBy(), s.description());
    }

    @Override
    protected Series read(Transaction tx, ResultSet rs) throws SQLException {
        UUID id = id(rs);
        return new Series(id, ref(rs), version(rs), rs.getString("name"), Sql.enumValue(rs, "measure", Measure.class),
                rs.getString("unit"), Sql.strings(tx, "series_country", "series_id", "country", id),
                rs.getString("reported_by"), rs.getString("description"), points.forSeries(tx, id));
    }

    @Override
    protected Collection<?> searchWords(Series s) {
        List<Object> words = new ArrayList<>(Arrays.asList(s.name(), s.unit(), s.reportedBy(), s.description(),
                s.measure().label()));
        words.addAll(s.countries());
        return words;
    }

    @Override
    protected Series stored(Series s, Reference ref, long version) {
        return s.withStored(ref, version);
    }

    @Override
    protected void writeChildren(ChildRows out, Series s) throws SQLException {
        out.replace("series_country", "series_id", s.id(), new String[] {"country"}, s.countries(),
                List::of);
    }

    @Override
    protected java.util.Set<String> separateComponents() {
        return java.util.Set.of("points");
    }

    @Override
    protected RecordKind dependentKind() {
        return RecordKind.DATA_POINT;
    }

    @Override
    protected List<UUID> dependents(Transaction tx, UUID id) throws SQLException {
        return Sql.query(tx, "SELECT id FROM data_point WHERE series_id = ?", List.of(id), rs -> Sql.uuid(rs, "id"));
    }
}
