package org.returnwatch.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks (JMH's own command-line options apply: a name pattern, {@code -p cases=…}),
 * writes their results as JSON (target/jmh-results.json unless {@code -rff} says otherwise) and prints
 * each figure beside the reference measured in the same run: the bulk import against plain JDBC batch
 * inserts of the same rows.
 */
public final class Benchmarks {
    private static final String RESULTS = "target/jmh-results.json";

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("startup")) {
            // processes launched and timed from outside: not a JMH benchmark (JMH would not alternate the two sides)
            org.returnwatch.bench.startup.StartupBenchmark.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if ((args.length == 2 || args.length == 3) && args[0].equals("database")) {
            // the ready database alone, made before a run that measures it (a million cases take a while);
            // the folder that holds it, as the case-list benchmark's -Dbench.data
            if (args.length == 3) {
                System.setProperty("bench.data", args[2]);
            }
            System.out.println("ready: " + CaseListBenchmark.readyDatabase(Integer.parseInt(args[1])));
            return;
        }
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (!cli.getResult().hasValue()) {
            options.result(RESULTS).resultFormat(ResultFormatType.JSON);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        printRatios(results);
        printChartTimes(results);
    }

    /** Each seed chart's time to PDF and their mean, against the goal of 0.3 s each. */
    private static void printChartTimes(Collection<RunResult> results) {
        double sum = 0;
        int n = 0;
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("ChartPdfBenchmark.exportToPdf")) {
                double ms = r.getPrimaryResult().getScore();
                System.out.printf(Locale.ROOT, "seed chart %s to PDF: %.0f ms%n", r.getParams().getParam("chart"), ms);
                sum += ms;
                n++;
            }
        }
        if (n > 0) {
            System.out.printf(Locale.ROOT, "seed charts to PDF, warm: %.0f ms each on average (goal <= 300)%n", sum / n);
        }
    }

    /** Plain JDBC time over bulk import time, per number of cases: 1.0 is the database's own pace. */
    private static void printRatios(Collection<RunResult> results) {
        Map<String, double[]> byCases = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            int slot = name.endsWith(".bulkImport") ? 0 : name.endsWith(".plainJdbcInserts") ? 1 : -1;
            if (slot < 0) {
                continue;
            }
            String cases = r.getParams().getParam("cases");
            byCases.computeIfAbsent(cases, k -> new double[2])[slot] = r.getPrimaryResult().getScore();
        }
        byCases.forEach((cases, t) -> {
            if (t[0] > 0 && t[1] > 0) {
                System.out.printf(Locale.ROOT, "import of %s cases: bulk import %.0f ms, plain JDBC batch inserts of "
                        + "the same rows %.0f ms, ratio %.2f (goal >= 0.75)%n", cases, t[0], t[1], t[1] / t[0]);
            }
        });
    }
}
