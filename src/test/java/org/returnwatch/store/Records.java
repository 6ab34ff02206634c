package org.returnwatch.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.ActorKind;
import org.returnwatch.domain.Agreement;
import org.returnwatch.domain.AgreementKind;
import org.returnwatch.domain.AgreementStatus;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Disclosure;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.ImmigrationStatus;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.Outcome;
import org.returnwatch.domain.OutcomeChange;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.Reliability;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.RiskLevel;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Source;
import org.returnwatch.domain.SourceKind;
import org.returnwatch.domain.StatusChange;
import org.returnwatch.domain.TargetCategory;

/** Small, valid records for repository tests. */
final class Records {
    private Records() {
    }

    static Case caseNamed(String name) {
        return new Case(UUID.randomUUID(), null, 0, name, "谢卫东", List.of("Alias One", "别名"), false,
                CaseKind.INDIVIDUAL, "businessman",
                "China", "Canada", "Vancouver", List.of(), ImmigrationStatus.PERMANENT_RESIDENT,
                        TargetCategory.ECONOMIC_FUGITIVE,
                "embezzlement", "CNY 10 million", Campaign.FOX_HUNT, List.of(OutcomeChange.of(Outcome.NOT_RETURNED)),
                        RiskLevel.HIGH,
                "Targeted through relatives.");
    }

    static Source source(String title) {
        return new Source(UUID.randomUUID(), null, 0, title, "Example Daily", "A. Writer",
                FuzzyDate.ofDay(java.time.LocalDate.of(2021, 5, 10)), null, SourceKind.NEWS, Reliability.HIGH, null);
    }

    static Actor actor(String name) {
        return new Actor(UUID.randomUUID(), null, 0, name, null, ActorKind.AGENCY, "China", null);
    }

    static Incident incident(UUID caseId, FuzzyDate date, UUID perpetrator) {
        return new Incident(UUID.randomUUID(), null, 0, caseId, date, "China", null, "FAMILY_PRESSURE", perpetrator,
                HostStateRole.UNKNOWN, "Relatives visited by police.");
    }

    static Agreement agreement(String title) {
        return new Agreement(UUID.randomUUID(), null, 0, title, AgreementKind.READMISSION_ARRANGEMENT,
                List.of("Canada", "China"), Disclosure.SECRET, "Arrangement on returns.",
                List.of(new StatusChange(AgreementStatus.NEGOTIATING, FuzzyDate.ofYear(2014).asApproximate(), null),
                        new StatusChange(AgreementStatus.IN_FORCE, FuzzyDate.UNKNOWN, "no date given"),
                        new StatusChange(AgreementStatus.SIGNED, FuzzyDate.ofYear(2016), "signed")));
    }

    static Series series(String name) {
        return new Series(UUID.randomUUID(), null, 0, name, Measure.FLOW, "people", List.of("China"),
                "Ministry", null, List.of());
    }

    static DataPoint point(UUID seriesId, ReportingPeriod period, String value, Qualifier q) {
        return new DataPoint(UUID.randomUUID(), null, 0, seriesId, period, new BigDecimal(value), null, q, null, null);
    }
}
