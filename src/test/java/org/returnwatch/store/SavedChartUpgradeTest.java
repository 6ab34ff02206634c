package org.returnwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.SavedChart;

/**
 * A chart saved before charts kept their layout and palette (schema version 15 and earlier) reads back
 * after the upgrade with the automatic layout and the colour-blind-safe palette it was drawn with then.
 */
class SavedChartUpgradeTest {
    @TempDir
    Path dir;

    private JdbcDataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("old").toAbsolutePath() + ";TRACE_LEVEL_FILE=0");
        ds.setUser("RW");
        return ds;
    }

    private static Flyway flyway(JdbcDataSource ds, String target) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(true)
                .target(target).load();
    }

    @Test
    void aChartSavedBeforeTheUpgradeGetsTheDefaultLayoutAndPalette() throws SQLException {
        JdbcDataSource ds = dataSource();
        flyway(ds, "15").migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO saved_chart (id, name, title, chart_type, from_year, to_year, updated_at) "
                    + "VALUES (RANDOM_UUID(), 'Older chart', 'As it was', 'BAR', 2010, 2020, CURRENT_TIMESTAMP)");
        }
        flyway(ds, "latest").migrate();
        try (Connection c = ds.getConnection()) {
            // the seals a database first gets when this release opens it (HistoryStart), here with a key of zeros
            Seals seals = new Seals(new byte[Seals.KEY_BYTES]);
            new SavedChartRepository().resealAll(new Transaction(c, false, seals));
            List<SavedChart> all = new SavedChartRepository().all(new Transaction(c, true, seals));
            assertThat(all).hasSize(1);
            SavedChart read = all.get(0);
            assertThat(read.name()).isEqualTo("Older chart");
            assertThat(read.type()).isEqualTo("BAR");
            assertThat(read.layout()).isEqualTo("AUTO");
            assertThat(read.palette()).isEqualTo("COLOUR_BLIND_SAFE");
            // the columns only hold the names of the chart package's layouts and palettes
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("UPDATE saved_chart SET palette = 'SEPIA'"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }
}
