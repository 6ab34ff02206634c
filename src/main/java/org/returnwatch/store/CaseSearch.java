package org.returnwatch.store;

import static org.returnwatch.i18n.Phrase.phrase;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.domain.MatchCount;
import org.roaringbitmap.RoaringBitmap;

/**
 * Filtered, sorted pages of cases for the case table: the table asks for one page at a time, so
 * a database of 100,000 cases never has to be held in memory.
 */
public final class CaseSearch {
    /** How many cases an estimated count looks at. */
    static final int SAMPLE_ROWS = 5_000;
    /** The most cases a page read in its sort's order may expect to test before it is full. */
    static final int WALK_ROWS = 50_000;
    /** How many cases the choice of that walk looks at: a fifth of an estimate's sample, paid on every page. */
    static final int WALK_SAMPLE_ROWS = 1_000;
    private final CaseRepository cases;
    private final int sampleRows;
    private final WordMatchedCases byWords;
    private volatile String referenceIndex;
    private volatile String idIndex;

    public CaseSearch(CaseRepository cases) {
        this(cases, SAMPLE_ROWS);
    }

    /** With a smaller sample, for tests over a few hundred cases. */
    CaseSearch(CaseRepository cases, int sampleRows) {
        this(cases, sampleRows, SearchIndex.RANK_CAP);
    }

    /** Also with words rare only below {@code rareBelow} index entries, for the same tests. */
    CaseSearch(CaseRepository cases, int sampleRows, int rareBelow) {
        this.cases = cases;
        this.sampleRows = sampleRows;
        this.byWords = new WordMatchedCases(rareBelow);
    }

    public int count(Transaction tx, CaseQuery q) {
        List<Object> params = new ArrayList<>();
        try {
            RoaringBitmap matches = byWords.of(tx, q);
            int counted = matches == null ? -1 : byWords.count(tx, q, matches);
            if (counted >= 0) {
                return counted;
            }
            String where = where(tx, q, params, false);
            return Sql.query(tx, "SELECT COUNT(*) FROM case_record " + where, params, rs -> rs.getInt(1)).get(0);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("counting cases"));
        }
    }

    /**
     * The count to show at once. Exact when that is quick: no condition, a rare word (its few candidates
     * are checked), common words' sets, or a table small enough to check whole. Otherwise an estimate from
     * a sample of about {@value #SAMPLE_ROWS} cases taken by id, which are random (UUIDs), so the share of
     * matches in the sample is the share in the table. The exact {@link #count} follows.
     */
    public MatchCount quickCount(Transaction tx, CaseQuery q) {
        try {
            RoaringBitmap matches = byWords.of(tx, q);
            if (matches != null && byWords.countsAtOnce(tx, q, matches)) {
                return MatchCount.exactly(byWords.count(tx, q, matches));
            }
            List<Object> params = new ArrayList<>();
            String where = where(tx, q, params, true);
            int total = Sql.query(tx, "SELECT COUNT(*) FROM case_record", List.of(), rs -> rs.getInt(1)).get(0);
            if (where.isEmpty() || total <= sampleRows || SearchIndex.hasRareTerm(tx, q.text())) {
                return MatchCount.exactly(count(tx, q));
            }
            double share = (double) sampleRows / total;
            return MatchCount.about(twoFigures(inSample(tx, share, where, params) / share));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("counting cases"));
        }
    }

    /** The id below which {@code share} of all random ids lie (H2 orders UUIDs as unsigned numbers). */
    static UUID idBelow(double share) {
        double high = share * 0x1p64;
        long bits = high >= 0x1p63 ? (long) (high - 0x1p63) ^ Long.MIN_VALUE : (long) high;
        return new UUID(bits, 0);
    }

    /** An estimate rounded to two significant figures, so it claims no more precision than it has. */
    private static int twoFigures(double n) {
        if (n < 100) {
            return (int) Math.round(n);
        }
        double unit = Math.pow(10, Math.floor(Math.log10(n)) - 1);
        return (int) (Math.round(n / unit) * unit);
    }

    public List<Case> page(Transaction tx, CaseQuery q, int offset, int limit) {
        try {
            // the ids first (the search and the sort), then the page's rows and their children in a few reads
            RoaringBitmap matches = byWords.of(tx, q);
            List<UUID> ids = matches == null ? null : byWords.page(tx, q, matches, offset, limit);
            return cases.inOrder(tx, ids != null ? ids : pageIds(tx, q, offset, limit));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("searching cases"));
        }
    }

    private List<UUID> pageIds(Transaction tx, CaseQuery q, int offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = pageSql(tx, q, params, offset + limit);
        params.add(limit);
        params.add(offset);
        return Sql.query(tx, sql, params, rs -> Sql.uuid(rs, "id"));
    }

    /**
     * The page's ids in order, with {@code params} filled for all but the limit and offset that end it;
     * {@code rowsWanted} is the page's last row (offset and limit).
     */
    String pageSql(Transaction tx, CaseQuery q, List<Object> params, int rowsWanted) {
        String where;
        String table;
        try {
            where = where(tx, q, params, true);
            String index = walkSortIndex(tx, q, where, params, rowsWanted) ? sortIndex(tx, q.sort()) : null;
            table = index == null ? "case_record " : "case_record USE INDEX (" + index + ") ";
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("searching cases"));
        }
        return "SELECT id FROM " + table + where + orderBy(q) + " LIMIT ? OFFSET ?";
    }

    static String orderBy(CaseQuery q) {
        String dir = q.descending() ? " DESC" : " ASC";
        // ref_number last, so that equal names keep a stable order from page to page; where the column can be
        // empty, empty values come last either way (a sort key that is never empty can be read from its index)
        String column = orderBy(q.sort());
        String nulls = NEVER_EMPTY.contains(q.sort()) ? "" : " NULLS LAST";
        String ties = q.sort() == CaseQuery.CaseSort.REFERENCE ? "" : ", ref_number" + dir;
        return " ORDER BY " + column + dir + nulls + ties;
    }

    /**
     * Whether the page is read walking the sort's index, testing each case until the page is full,
     * rather than as H2 plans it. H2 starts from a filter's index (the 25,000 cases of one campaign in
     * 100,000), tests every case it finds and sorts those that pass, however many it needs: 181 ms for a
     * page of 100, and ten times that at ten times the cases. Walking the sort's index costs the rows
     * it tests before the page is full — about the page's size divided by the share of cases that
     * match, the same at any size of table. So it is chosen when a sample of the table says that walk
     * is short: filters that H2 would start from, a sort read from an index in its own direction, no
     * rare word, and matches common enough.
     */
    private boolean walkSortIndex(Transaction tx, CaseQuery q, String where, List<Object> params, int rowsWanted)
            throws SQLException {
        boolean indexedFilter = !q.residenceCountries().isEmpty() || !q.outcomes().isEmpty()
                || !q.campaigns().isEmpty() || !q.kinds().isEmpty() || !q.statuses().isEmpty();
        // a rare word's few candidates are the shortest way in, and H2 takes it
        if (!indexedFilter || q.descending() || sortIndex(tx, q.sort()) == null
                || SearchIndex.hasRareTerm(tx, q.text())) {
            return false;
        }
        int total = Sql.query(tx, "SELECT COUNT(*) FROM case_record", List.of(), rs -> rs.getInt(1)).get(0);
        if (total <= sampleRows) {
            return false;
        }
        int rows = Math.min(sampleRows, WALK_SAMPLE_ROWS);
        int inSample = inSample(tx, (double) rows / total, where, params);
        return inSample > 0 && (double) rowsWanted * rows / inSample <= WALK_ROWS;
    }

    /**
     * How many of the cases whose random ids lie in the lowest {@code share} of their range match {@code where}.
     * Read along the ids' index: H2 would rather start from a filter's index and test all of that filter's
     * cases (a quarter of the table for one campaign), which grows with the table where the sample does not.
     */
    private int inSample(Transaction tx, double share, String where, List<Object> params) throws SQLException {
        List<Object> sampled = new ArrayList<>();
        sampled.add(idBelow(share));
        sampled.addAll(params);
        return Sql.query(tx, sampleSql(tx, where), sampled, rs -> rs.getInt(1)).get(0);
    }

    /** {@link #sampleSql(Transaction, String)} for a query, with {@code params} filled but for the first. */
    String sampleSql(Transaction tx, CaseQuery q, List<Object> params) throws SQLException {
        return sampleSql(tx, where(tx, q, params, true));
    }

    /** The count of a sample's matches: its first parameter is the id below which the sample lies. */
    String sampleSql(Transaction tx, String where) throws SQLException {
        String ids = idIndex(tx);
        String table = ids == null ? "case_record" : "case_record USE INDEX (" + ids + ")";
        return "SELECT COUNT(*) FROM " + table + " WHERE id < ? AND " + where.substring("WHERE ".length());
    }

    /** The index that holds the cases in a sort's ascending order, or null where none does. */
    private String sortIndex(Transaction tx, CaseQuery.CaseSort sort) throws SQLException {
        return switch (sort) {
            case NAME -> "case_name_key_idx";
            case NATIVE_NAME -> "case_native_name_idx";
            case RESIDENCE -> "case_residence_key_idx";
            case ACCUSATION -> "case_accusation_key_idx";
            case CAMPAIGN -> "case_campaign_idx";
            case OUTCOME -> "case_outcome_idx";
            case RISK -> "case_risk_idx";
            case KIND -> "case_kind_idx";
            case STATUS -> "case_status_idx";
            case LAST_CHANGED -> "case_last_changed_idx";
            case REFERENCE -> referenceIndex(tx);
        };
    }

    private String referenceIndex(Transaction tx) throws SQLException {
        if (referenceIndex == null) {
            referenceIndex = Objects.requireNonNullElse(constraintIndex(tx, "CONSTRAINT_NAME = 'CASE_REF_UQ'"), "");
        }
        return referenceIndex.isEmpty() ? null : referenceIndex;
    }

    private String idIndex(Transaction tx) throws SQLException {
        if (idIndex == null) {
            idIndex = Objects.requireNonNullElse(constraintIndex(tx, "CONSTRAINT_TYPE = 'PRIMARY KEY'"), "");
        }
        return idIndex.isEmpty() ? null : idIndex;
    }

    /** The index of the case table's constraint that {@code which} picks, quoted: H2 names it itself. */
    static String constraintIndex(Transaction tx, String which) throws SQLException {
        List<String> names = Sql.query(tx, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                + "WHERE TABLE_NAME = 'CASE_RECORD' AND " + which, List.of(), rs -> rs.getString(1));
        return names.isEmpty() || names.get(0) == null ? null : "\"" + names.get(0) + "\"";
    }

    /** When each of these cases or anything in its timeline last changed ({@link CaseLastChange}). */
    public Map<UUID, Instant> lastChanged(Transaction tx, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Instant> out = new HashMap<>();
        try {
            Sql.query(tx, "SELECT id, last_changed FROM case_record WHERE id IN (" + marks(ids.size()) + ")",
                    new ArrayList<>(ids), rs -> out.put(Sql.uuid(rs, "id"),
                            rs.getObject(2, OffsetDateTime.class).toInstant()));
            return out;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading when cases changed"));
        }
    }

    /** How many cases have each status. */
    public Map<String, Integer> countByStatus(Transaction tx) {
        return grouped(tx, "SELECT status, COUNT(*) FROM case_record GROUP BY status", List.of(), "counting cases");
    }

    /**
     * How many cases opened on or after {@code since} have an incident of each tactic (a case counts
     * once for each of its tactics), by tactic code: what the list shows filtered by that tactic and date.
     */
    public Map<String, Integer> openedSinceByTactic(Transaction tx, LocalDate since) {
        return grouped(tx, "SELECT t.tactic, COUNT(DISTINCT c.id) FROM case_record c "
                + "JOIN incident i ON i.case_id = c.id JOIN incident_tactic t ON t.incident_id = i.id "
                + "WHERE c.opened_on >= ? GROUP BY t.tactic",
                List.of(since), "counting cases by tactic");
    }

    /** How many cases opened on or after {@code since} live in each country of residence. */
    public Map<String, Integer> openedSinceByCountry(Transaction tx, LocalDate since) {
        return grouped(tx, "SELECT residence_country, COUNT(*) FROM case_record WHERE opened_on >= ? "
                + "AND residence_country IS NOT NULL GROUP BY residence_country", List.of(since),
                "counting cases by country");
    }

    private static Map<String, Integer> grouped(Transaction tx, String sql, List<Object> params, String what) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        try {
            Sql.query(tx, sql, params, rs -> out.put(rs.getString(1), rs.getInt(2)));
            return out;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, what);
        }
    }

    /** The countries of residence that occur, for the filter's choices. */
    public List<String> residenceCountries(Transaction tx) {
        try {
            return Sql.query(tx,
                    "SELECT DISTINCT residence_country FROM case_record WHERE residence_country IS NOT NULL "
                    + "ORDER BY residence_country", List.of(), rs -> rs.getString(1));
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading countries"));
        }
    }

    /** Every year some incident may fall in, newest first, for the year filter. */
    public List<Integer> incidentYears(Transaction tx) {
        try {
            List<int[]> range = Sql.query(tx, "SELECT MIN(date_start), MAX(date_end) FROM incident "
                    + "WHERE date_start IS NOT NULL", List.of(), rs -> rs.getDate(1) == null ? null
                    : new int[] {rs.getDate(1).toLocalDate().getYear(), rs.getDate(2).toLocalDate().getYear()});
            if (range.isEmpty() || range.get(0) == null) {
                return List.of();
            }
            int[] r = range.get(0);
            return IntStream.rangeClosed(r[0], r[1]).map(y -> r[1] - (y - r[0])).boxed().toList();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, phrase("reading incident years"));
        }
    }

    static String where(Transaction tx, CaseQuery q, List<Object> params, boolean forPage)
            throws SQLException {
        List<String> parts = new ArrayList<>();
        String words = SearchIndex.condition(tx, "case_record.id", q.text(), params, forPage);
        if (!words.isEmpty()) {
            parts.add(words);
        }
        in(parts, params, "residence_country", q.residenceCountries());
        in(parts, params, "outcome", names(q.outcomes()));
        in(parts, params, "campaign", names(q.campaigns()));
        in(parts, params, "case_kind", names(q.kinds()));
        in(parts, params, "status", names(q.statuses()));
        if (q.openedSince() != null) {
            parts.add("opened_on >= ?");
            params.add(q.openedSince());
        }
        if (q.dueBefore() != null) {
            parts.add("EXISTS (SELECT 1 FROM follow_up f WHERE f.case_id = case_record.id AND f.done_at IS NULL "
                    + "AND f.due_date < ?)");
            params.add(q.dueBefore());
        }
        if (!q.tactics().isEmpty()) {
            parts.add("EXISTS (SELECT 1 FROM incident i JOIN incident_tactic t ON t.incident_id = i.id "
                    + "WHERE i.case_id = case_record.id AND t.tactic IN (" + marks(q.tactics().size()) + "))");
            params.addAll(q.tactics());
        }
        if (!q.years().isEmpty()) {
            // an incident counts for a year when its (possibly uncertain) span overlaps that year
            String overlap = q.years().stream().map(y -> "(i.date_start <= ? AND i.date_end >= ?)")
                    .collect(Collectors.joining(" OR "));
            parts.add("EXISTS (SELECT 1 FROM incident i WHERE i.case_id = case_record.id AND (" + overlap + "))");
            for (int y : q.years()) {
                params.add(LocalDate.of(y, 12, 31));
                params.add(LocalDate.of(y, 1, 1));
            }
        }
        return parts.isEmpty() ? "" : "WHERE " + String.join(" AND ", parts);
    }

    private static void in(List<String> parts, List<Object> params, String column, Set<String> values) {
        if (!values.isEmpty()) {
            parts.add(column + " IN (" + marks(values.size()) + ")");
            params.addAll(values);
        }
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** The sort columns that are never empty (NOT NULL in the schema). */
    private static final Set<CaseQuery.CaseSort> NEVER_EMPTY = Set.of(CaseQuery.CaseSort.REFERENCE,
            CaseQuery.CaseSort.NAME, CaseQuery.CaseSort.CAMPAIGN, CaseQuery.CaseSort.OUTCOME, CaseQuery.CaseSort.RISK,
            CaseQuery.CaseSort.KIND, CaseQuery.CaseSort.STATUS, CaseQuery.CaseSort.LAST_CHANGED);

    private static String orderBy(CaseQuery.CaseSort sort) {
        return switch (sort) {
            case REFERENCE -> "ref_number";
            case NAME -> "name_key";
            case NATIVE_NAME -> "native_name";
            case RESIDENCE -> "residence_key";
            case ACCUSATION -> "accusation_key";
            case CAMPAIGN -> "campaign";
            case OUTCOME -> "outcome";
            case RISK -> "risk_level";
            case KIND -> "case_kind";
            case STATUS -> "status";
            case LAST_CHANGED -> "last_changed";
        };
    }
}
