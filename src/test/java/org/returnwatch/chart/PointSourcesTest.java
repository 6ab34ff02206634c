package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Source;

class PointSourcesTest {

    private final ChartFixtures fx = new ChartFixtures();

    @TempDir
    Path dir;

    private static Citation cite(RecordKind kind, UUID record, Source source) {
        return new Citation(UUID.randomUUID(), null, 0, kind, record, null, source.id(), "para. 4", null);
    }

    @Test
    void aPointHasItsOwnSourcesElseItsSeriesSources() {
        List<Citation> citations = List.of(
                cite(RecordKind.DATA_POINT, fx.y2014Globe.id(), ChartFixtures.GLOBE),
                cite(RecordKind.SERIES, fx.flowId, ChartFixtures.CBSA),
                cite(RecordKind.CASE, fx.y2014Cbsa.id(), ChartFixtures.CCDI));

        Map<UUID, List<Source>> map = PointSources.from(List.of(fx.flow, fx.stock), citations,
                List.of(ChartFixtures.CBSA, ChartFixtures.GLOBE, ChartFixtures.CCDI));

        assertThat(map.get(fx.y2014Globe.id())).containsExactly(ChartFixtures.GLOBE);
        assertThat(map.get(fx.y2014Cbsa.id())).containsExactly(ChartFixtures.CBSA);
        assertThat(map.get(fx.asOf2016.id())).isEmpty();
    }

    @Test
    void yearsWithoutAnyFigureGiveAnEmptyChartThatStillExports() throws IOException {
        ChartService service = new ChartService(ChartFont.BUILT_IN);
        Path out = dir.resolve("empty.png");
        service.export(fx.request().withYears(1990, 1995), ExportFormat.PNG, out, ExportOptions.defaults().withDpi(72));
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(454);
        assertThat(ChartText.footnotes(service.build(fx.request().withYears(1990, 1995))))
                .contains("Sources: none recorded · Drawn 12 March 2025");
    }
}
