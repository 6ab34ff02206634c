package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ChartFontLocatorTest {

    @TempDir
    Path dir;

    @Test
    void withNoFontFilesItFallsBackToTheBuiltInFont() {
        assertThat(new ChartFontLocator(List.of(dir, dir.resolve("missing"))).locate()).isEqualTo(ChartFont.BUILT_IN);
    }

    @Test
    void aFileThatIsNotAFontIsSkipped() throws IOException {
        Files.writeString(dir.resolve("wqy-microhei.ttc"), "not a font");
        assertThat(new ChartFontLocator(List.of(dir)).locate()).isEqualTo(ChartFont.BUILT_IN);
    }

    @Test
    void withOnlyALatinFontItUsesThatFaceWithoutCjk() throws IOException {
        Optional<Path> dejaVu = findInstalled("DejaVuSans.ttf");
        Assumptions.assumeTrue(dejaVu.isPresent(), "DejaVu Sans not installed");
        Files.createDirectories(dir.resolve("truetype"));
        Files.copy(dejaVu.get(), dir.resolve("truetype").resolve("DejaVuSans.ttf"));

        Logger logger = (Logger) LoggerFactory.getLogger(ChartFontLocator.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        ChartFont font;
        try {
            font = new ChartFontLocator(List.of(dir)).locate();
        } finally {
            logger.detachAppender(log);
        }

        assertThat(log.list).anyMatch(e -> e.getLevel() == Level.WARN
                && e.getFormattedMessage().contains("Chinese script")
                && e.getFormattedMessage().contains(ChartFontLocator.CJK_PACKAGE));
        assertThat(font.family()).isEqualTo("DejaVu Sans");
        assertThat(font.coversCjk()).isFalse();
        assertThat(font.file()).isEqualTo(dir.resolve("truetype").resolve("DejaVuSans.ttf"));
    }

    @Test
    void aCjkFaceFromACollectionIsPreferredAndPdfBoxCanEmbedIt() throws IOException {
        Optional<Path> wqy = findInstalled("wqy-microhei.ttc");
        Assumptions.assumeTrue(wqy.isPresent(), "install " + ChartFontLocator.CJK_PACKAGE);
        Files.copy(wqy.get(), dir.resolve("wqy-microhei.ttc"));
        Files.copy(findInstalled("DejaVuSans.ttf").orElse(wqy.get()), dir.resolve("DejaVuSans.ttf"));

        ChartFont font = new ChartFontLocator(List.of(dir)).locate();

        assertThat(font.coversCjk()).isTrue();
        assertThat(font.family()).isEqualTo("WenQuanYi Micro Hei");
        assertThat(font.postScriptName()).isEqualTo("WenQuanYiMicroHei");
        assertThat(font.canDisplay("谢卫东")).isTrue();
        assertThat(ChartFontLocator.pdfCanEmbed(font.file(), font.postScriptName())).isTrue();
    }

    private static Optional<Path> findInstalled(String name) throws IOException {
        Path fonts = Path.of("/usr/share/fonts");
        if (!Files.isDirectory(fonts)) {
            return Optional.empty();
        }
        try (var walk = Files.walk(fonts)) {
            return walk.filter(p -> p.getFileName().toString().equals(name)).findFirst();
        }
    }
}
