package org.returnwatch.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each seed chart (the charts of the README and of the report, {@link SeedCharts#EXAMPLES}, drawn from the
 * seed dataset in a real encrypted database) exported to PDF as the {@code chart} command and the
 * window's Export do it: {@link ChartService#withInstalledFonts()}, then the figure built and written
 * with its caption. Warm: the time per chart once the JVM has run a few exports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ChartPdfBenchmark {

    @Param({"returns", "returns-and-sky-net", "sky-net", "inventories", "canada-inventory", "removals", "asylum"})
    public String chart;

    private ChartService service;
    private ChartRequest request;
    private Path out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        service = ChartService.withInstalledFonts();
        request = SeedCharts.get().example(chart);
        out = Files.createTempFile("seed-chart", ".pdf");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(out);
    }

    @Benchmark
    public long exportToPdf() throws IOException {
        service.export(request, ExportFormat.PDF, out, ExportOptions.defaults());
        return Files.size(out);
    }
}
