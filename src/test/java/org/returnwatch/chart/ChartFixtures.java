package org.returnwatch.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.AgreementKind;
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Disclosure;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.Reliability;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.SourceKind;
import org.returnwatch.domain.StatusChange;

/** Realistic in-memory records: a flow series with every awkward case, a stock series, an agreement. */
final class ChartFixtures {

    static final LocalDate DRAWN_ON = LocalDate.of(2025, 3, 12);

    static final Source CBSA = source("Removals by country of citizenship", "Canada Border Services Agency",
            FuzzyDate.ofYear(2016), SourceKind.GOVERNMENT_DOCUMENT);
    static final Source GLOBE = source("Ottawa and Beijing agree on returns", "The Globe and Mail",
            FuzzyDate.ofDay(LocalDate.of(2016, 9, 22)), SourceKind.NEWS);
    static final Source SAFEGUARD = source("Involuntary returns", "Safeguard Defenders",
            FuzzyDate.ofMonth(2022, 1), SourceKind.NGO_REPORT);
    static final Source CCDI = source("Sky Net 2021 results", "CCDI",
            FuzzyDate.ofYear(2022), SourceKind.STATE_MEDIA);

    final UUID flowId = UUID.randomUUID();
    final UUID stockId = UUID.randomUUID();
    final Map<UUID, List<Source>> sources = new LinkedHashMap<>();

    final DataPoint span2008to2014;
    final DataPoint y2014Globe;
    final DataPoint y2014Cbsa;
    final DataPoint moreThan2016;
    final DataPoint range2018;
    final DataPoint about2021;
    final DataPoint asOf2016;
    final Series flow;
    final Series stock;
    final Agreement readmission;
    final Agreement extraditionTalks;

    ChartFixtures() {
        List<DataPoint> f = new ArrayList<>();
        span2008to2014 = point(f, flowId, ReportingPeriod.years(2008, 2014), 2472, null, Qualifier.EXACT, CBSA);
        y2014Globe = point(f, flowId, ReportingPeriod.year(2014), 2200, null, Qualifier.EXACT, GLOBE);
        y2014Cbsa = point(f, flowId, ReportingPeriod.year(2014), 2143, null, Qualifier.EXACT, CBSA);
        point(f, flowId, ReportingPeriod.year(2015), 1900, null, Qualifier.EXACT, CBSA);
        moreThan2016 = point(f, flowId, ReportingPeriod.year(2016), 1500, null, Qualifier.MORE_THAN, GLOBE);
        point(f, flowId, ReportingPeriod.year(2017), 1300, null, Qualifier.EXACT, SAFEGUARD);
        range2018 = point(f, flowId, ReportingPeriod.year(2018), 300, 800, Qualifier.RANGE, SAFEGUARD);
        point(f, flowId, ReportingPeriod.year(2019), 1100, null, Qualifier.EXACT, CCDI);
        point(f, flowId, ReportingPeriod.year(2020), 600, null, Qualifier.NEARLY, CCDI);
        about2021 = point(f, flowId, ReportingPeriod.year(2021), 900, null, Qualifier.APPROXIMATELY, CCDI);
        flow = new Series(flowId, null, 0, "Removals from Canada to China", Measure.FLOW, "people",
                List.of("Canada", "China"), "CBSA", null, f);

        List<DataPoint> s = new ArrayList<>();
        point(s, stockId, ReportingPeriod.asOf(FuzzyDate.ofMonth(2014, 12)), 1000, null, Qualifier.EXACT, CBSA);
        point(s, stockId, ReportingPeriod.asOf(FuzzyDate.ofMonth(2015, 6)), 1200, null, Qualifier.EXACT, CBSA);
        asOf2016 = point(s, stockId, ReportingPeriod.asOf(FuzzyDate.ofDay(LocalDate.of(2016, 9, 1))), 1300, null,
                Qualifier.AT_LEAST, GLOBE);
        point(s, stockId, ReportingPeriod.asOf(FuzzyDate.ofYear(2019)), 900, null, Qualifier.EXACT, SAFEGUARD);
        stock = new Series(stockId, null, 0, "Removal orders pending, Chinese nationals", Measure.STOCK, "people",
                List.of("Canada"), "CBSA", null, s);

        readmission = new Agreement(UUID.randomUUID(), null, 0, "Canada–China readmission",
                AgreementKind.READMISSION_ARRANGEMENT, List.of("Canada", "China"), Disclosure.SECRET, null,
                List.of(new StatusChange(AgreementStatus.PROPOSED, FuzzyDate.UNKNOWN, null),
                        new StatusChange(AgreementStatus.SIGNED, FuzzyDate.ofMonth(2016, 9), null),
                        new StatusChange(AgreementStatus.SUSPENDED, FuzzyDate.ofYear(2019), null)));
        extraditionTalks = new Agreement(UUID.randomUUID(), null, 0, "Canada–China extradition talks",
                AgreementKind.EXTRADITION_TREATY, List.of("Canada", "China"), Disclosure.PUBLISHED, null,
                List.of(new StatusChange(AgreementStatus.NEGOTIATING, FuzzyDate.ofMonth(2016, 9), null),
                        new StatusChange(AgreementStatus.ABANDONED, FuzzyDate.ofYear(2005), null)));
    }

    /** Both series against one axis, so that the rules of marks are tested on one plot. */
    ChartRequest request() {
        return new ChartRequest("Removals from Canada to China", List.of(flow, stock), ChartType.AUTO, null, null,
                List.of(readmission, extraditionTalks), sources, DRAWN_ON).withLayout(ChartLayout.ONE_AXIS);
    }

    Series seriesIn(String name, String unit, Measure measure, int... yearsAndValues) {
        UUID id = UUID.randomUUID();
        List<DataPoint> points = new ArrayList<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) {
            point(points, id, ReportingPeriod.year(yearsAndValues[i]), yearsAndValues[i + 1], null, Qualifier.EXACT,
                    SAFEGUARD);
        }
        return new Series(id, null, 0, name, measure, unit, List.of(), null, null, points);
    }

    private DataPoint point(List<DataPoint> into, UUID seriesId, ReportingPeriod period, int value, Integer high,
            Qualifier q, Source source) {
        DataPoint p = new DataPoint(UUID.randomUUID(), null, 0, seriesId, period, BigDecimal.valueOf(value),
                high == null ? null : BigDecimal.valueOf(high), q, null, null);
        into.add(p);
        sources.put(p.id(), List.of(source));
        return p;
    }

    private static Source source(String title, String publisher, FuzzyDate published, SourceKind kind) {
        return new Source(UUID.randomUUID(), null, 0, title, publisher, null, published, null, kind,
                Reliability.MEDIUM, null);
    }
}
