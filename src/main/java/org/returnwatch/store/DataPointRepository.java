package org.returnwatch.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.PeriodKind;
import org.returnwatch.domain.PointKind;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Trend;

/** The published values of series, each a record of its own so it can carry its own citation. */
public final class DataPointRepository extends RecordRepository<DataPoint> {

    private static final int VALUE_SCALE = 4;

    public DataPointRepository() {
        super(RecordKind.DATA_POINT, "data_point", "series_id", "period_kind", "period_precision", "period_start",
                "period_end", "period_approx", "period_inferred", "period_bound", "point_value", "point_high",
                "qualifier", "claimed_by", "note", "point_kind", "statement", "trend");
    }

    @Override
    protected Class<DataPoint> recordClass() {
        return DataPoint.class;
    }

    @Override
    protected List<Object> values(DataPoint p) {
        return Arrays.asList(p.seriesId(), p.period().periodKind(), Sql.date(p.period().date()), p.value(),
                p.high(), p.qualifier(), p.claimedBy(), p.note(), p.pointKind(), p.statement(), p.trend());
    }

    /** The value columns hold four decimals: the seal covers the value as it reads back. */
    @Override
    protected DataPoint normalised(DataPoint p) {
        BigDecimal value = scaled(p.value());
        BigDecimal high = scaled(p.high());
        if (java.util.Objects.equals(value, p.value()) && java.util.Objects.equals(high, p.high())) {
            return p;
        }
        return new DataPoint(p.id(), p.ref(), p.version(), p.seriesId(), p.period(), value, high, p.qualifier(),
                p.claimedBy(), p.note());
    }

    private static BigDecimal scaled(BigDecimal d) {
        if (d == null) {
            return null;
        }
        BigDecimal s = d.setScale(VALUE_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @Override
    protected DataPoint read(Transaction tx, ResultSet rs) throws SQLException {
        ReportingPeriod period = new ReportingPeriod(Sql.enumValue(rs, "period_kind", PeriodKind.class),
                Sql.date(rs, "period"));
        return new DataPoint(id(rs), ref(rs), version(rs), Sql.uuid(rs, "series_id"), period,
                Sql.decimal(rs, "point_value"), Sql.decimal(rs, "point_high"),
                Sql.enumValue(rs, "qualifier", Qualifier.class), rs.getString("claimed_by"), rs.getString("note"),
                Sql.enumValue(rs, "point_kind", PointKind.class), rs.getString("statement"),
                Sql.enumOrNull(rs, "trend", Trend.class));
    }

    @Override
    protected Collection<?> searchWords(DataPoint p) {
        return Arrays.asList(p.period().toText(), p.valueText(), p.claimedBy(), p.note(), p.statement());
    }

    @Override
    protected DataPoint stored(DataPoint p, Reference ref, long version) {
        return p.withStored(ref, version);
    }

    @Override
    protected String defaultOrder() {
        return "period_start, period_end, ref_number";
    }

    public List<DataPoint> forSeries(Transaction tx, UUID seriesId) {
        return select(tx, "WHERE series_id = ? ORDER BY " + defaultOrder(), List.of(seriesId));
    }
}
