package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.returnwatch.domain.SavedChart;

/** Chart definitions saved by name (see {@link SavedChart}). */
public final class SavedChartRepository {
    private static final String COLUMNS = "id, name, title, chart_type, from_year, to_year, chart_layout, palette, "
            + "seal";

    /** All saved charts, by name. */
    public List<SavedChart> all(Transaction tx) {
        try {
            List<SavedChart> heads = Sql.query(tx, "SELECT " + COLUMNS + " FROM saved_chart ORDER BY LOWER(name), name",
                    List.of(), rs -> head(tx, rs));
            List<SavedChart> out = new ArrayList<>(heads.size());
            for (SavedChart h : heads) {
                out.add(withChildren(tx, h));
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading the saved charts"));
        }
    }

    /** The chart of exactly this name, else the only one whose name matches ignoring case. */
    public Optional<SavedChart> findByName(Transaction tx, String name) {
        String wanted = name == null ? "" : name.strip();
        try {
            List<SavedChart> found = Sql.query(tx, "SELECT " + COLUMNS + " FROM saved_chart WHERE name = ?",
                    List.of(wanted), rs -> head(tx, rs));
            if (found.isEmpty()) {
                found = Sql.query(tx, "SELECT " + COLUMNS + " FROM saved_chart WHERE LOWER(name) = LOWER(?)",
                        List.of(wanted), rs -> head(tx, rs));
            }
            return found.size() == 1 ? Optional.of(withChildren(tx, found.get(0))) : Optional.empty();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("finding a saved chart"));
        }
    }

    /**
     * Saves the definition under its name: a chart already saved under that name is replaced (and keeps
     * its id), so saving again after a change updates it instead of failing.
     *
     * @return the stored definition, with the id it is stored under
     */
    public SavedChart save(Transaction tx, SavedChart chart) {
        try {
            Optional<UUID> existing = Sql.query(tx, "SELECT id FROM saved_chart WHERE name = ?",
                    List.of(chart.name()), rs -> Sql.uuid(rs, "id")).stream().findFirst();
            SavedChart stored = existing.map(chart::withId).orElse(chart);
            List<Object> values = Arrays.asList(stored.name(), stored.title(), stored.type(), stored.fromYear(),
                    stored.toYear(), stored.layout(), stored.palette(), OffsetDateTime.now(ZoneOffset.UTC),
                    seal(tx, stored), stored.id());
            if (existing.isPresent()) {
                Sql.update(tx, "UPDATE saved_chart SET name = ?, title = ?, chart_type = ?, from_year = ?, "
                        + "to_year = ?, chart_layout = ?, palette = ?, updated_at = ?, seal = ? WHERE id = ?", values);
            } else {
                Sql.update(tx, "INSERT INTO saved_chart (name, title, chart_type, from_year, to_year, chart_layout, "
                        + "palette, updated_at, seal, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
            }
            Sql.replaceChildren(tx, "saved_chart_series", "chart_id", stored.id(), new String[] {"series_id"},
                    stored.seriesIds(), id -> List.of(id));
            Sql.replaceChildren(tx, "saved_chart_agreement", "chart_id", stored.id(), new String[] {"agreement_id"},
                    stored.agreementIds(), id -> List.of(id));
            return stored;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("saving the chart"));
        }
    }

    /** @return true if there was a chart of that id */
    public boolean delete(Transaction tx, UUID id) {
        try {
            return Sql.update(tx, "DELETE FROM saved_chart WHERE id = ?", List.of(id)) > 0;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("deleting the saved chart"));
        }
    }

    /** Seals every saved chart (when a database first gets seals). */
    void resealAll(Transaction tx) throws SQLException {
        for (SavedChart c
                : Sql.query(tx, "SELECT " + COLUMNS + " FROM saved_chart", List.of(), SavedChartRepository::row)) {
            Sql.update(tx, "UPDATE saved_chart SET seal = ? WHERE id = ?", List.of(seal(tx, c), c.id()));
        }
    }

    /** The chart as read, checked against its seal. */
    private static SavedChart head(Transaction tx, java.sql.ResultSet rs) throws SQLException {
        SavedChart c;
        try {
            c = row(rs);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IntegrityException(phrase("a saved chart is damaged: its stored values are not valid (run "
                    + "verify)"));
        }
        if (!Seals.same(rs.getBytes("seal"), seal(tx, c))) {
            throw new IntegrityException(phrase("the saved chart \"{0}\" is damaged: what is stored no longer "
                    + "matches its seal (run verify)", c.name()));
        }
        return c;
    }

    private static SavedChart row(java.sql.ResultSet rs) throws SQLException {
        return new SavedChart(Sql.uuid(rs, "id"), rs.getString("name"), rs.getString("title"),
                rs.getString("chart_type"), List.of(), List.of(), rs.getObject("from_year", Integer.class),
                rs.getObject("to_year", Integer.class), rs.getString("chart_layout"), rs.getString("palette"));
    }

    /**
     * The seal covers what the chart is (name, title, type, years, layout, palette), not its list of series: a series
     * deleted drops out of the charts that used it without them being saved again.
     */
    static byte[] seal(Transaction tx, SavedChart c) {
        var a = RecordJson.MAPPER.createArrayNode().add(c.name()).add(c.title()).add(c.type());
        a.add(c.fromYear()).add(c.toYear()).add(c.layout()).add(c.palette());
        return tx.seals().record("SAVED_CHART", c.id(), "", 0, RecordJson.text(a));
    }

    /** Whether every saved chart matches its seal: the name of the first that does not, if any. */
    java.util.Optional<String> firstDamaged(Transaction tx) throws SQLException {
        for (var r : Sql.query(tx, "SELECT " + COLUMNS + " FROM saved_chart ORDER BY name", List.of(),
                rs -> java.util.Map.entry(row(rs), java.util.Optional.ofNullable(rs.getBytes("seal"))))) {
            if (!Seals.same(r.getValue().orElse(null), seal(tx, r.getKey()))) {
                return java.util.Optional.of(r.getKey().name());
            }
        }
        return java.util.Optional.empty();
    }

    private static SavedChart withChildren(Transaction tx, SavedChart head) throws SQLException {
        List<UUID> series = Sql.query(tx, "SELECT series_id FROM saved_chart_series WHERE chart_id = ? "
                + "ORDER BY position", List.of(head.id()), rs -> Sql.uuid(rs, "series_id"));
        List<UUID> agreements = Sql.query(tx, "SELECT agreement_id FROM saved_chart_agreement WHERE chart_id = ? "
                + "ORDER BY position", List.of(head.id()), rs -> Sql.uuid(rs, "agreement_id"));
        return new SavedChart(head.id(), head.name(), head.title(), head.type(), series, agreements, head.fromYear(),
                head.toYear(), head.layout(), head.palette());
    }
}
